package io.flowpool.common.api;

import java.time.Instant;

/**
 * Who changed something, when and why: the input of a data entry's protocol (audit trail).
 *
 * @param username optional, the user who made the change
 * @param log optional, a short message
 * @param logNotes optional, details
 */
public record Modification(Instant time, String username, String log, String logNotes) {

  public Modification {
    Values.require(time, "modification.time");
  }

  /** A modification at the given time with no user and no log. */
  public static Modification at(Instant time) {
    return new Modification(time, null, null, null);
  }
}
