package io.flowpool.datapool.model;

import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.DataIdentity;

/** A command was routed to the state of another data entry: a bug in the routing, not a user's. */
public class DataEntryMismatchException extends CommandRefusedException {

  public static final String REASON = "DATA_ENTRY_MISMATCH";

  public DataEntryMismatchException(DataIdentity commanded, DataIdentity state) {
    super(
        REASON,
        "a command for data entry "
            + commanded.asString()
            + " reached data entry "
            + state.asString());
  }
}
