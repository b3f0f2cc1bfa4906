package io.flowpool.adapter.rest.dataentry;

import io.flowpool.view.api.ProtocolEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One line of a data entry's audit trail, as JSON. */
@Schema(name = "ProtocolEntry")
public record ProtocolEntryJson(
    Instant time, DataEntryStateJson state, String username, String log, String logNotes) {

  public static ProtocolEntryJson of(ProtocolEntry entry) {
    return new ProtocolEntryJson(
        entry.time(),
        DataEntryStateJson.of(entry.state()),
        entry.username(),
        entry.log(),
        entry.logNotes());
  }
}
