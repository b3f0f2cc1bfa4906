package io.flowpool.datapool.model;

import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.DataIdentity;

/** Under the strict deletion strategy, a command reached a data entry that has been deleted. */
public class DataEntryAlreadyDeletedException extends CommandRefusedException {

  public static final String REASON = "DATA_ENTRY_DELETED";

  public DataEntryAlreadyDeletedException(DataIdentity identity) {
    super(REASON, "data entry " + identity.asString() + " has been deleted");
  }
}
