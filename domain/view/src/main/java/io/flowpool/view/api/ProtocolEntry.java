package io.flowpool.view.api;

import io.flowpool.common.api.Values;
import io.flowpool.datapool.api.DataEntryState;
import java.time.Instant;

/** One line of a data entry's audit trail: who changed it when, and its state afterwards. */
public record ProtocolEntry(
    Instant time, DataEntryState state, String username, String log, String logNotes) {

  public ProtocolEntry {
    Values.require(time, "time");
    Values.require(state, "state");
  }

  /** The same line with another user name. */
  public ProtocolEntry withUsername(String otherUsername) {
    return new ProtocolEntry(time, state, otherUsername, log, logNotes);
  }
}
