package io.flowpool.datapool.model;

import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.DataIdentity;

/** A delete or anonymize reached a data entry that was never created. */
public class DataEntryNotFoundException extends CommandRefusedException {

  public static final String REASON = "DATA_ENTRY_NOT_FOUND";

  public DataEntryNotFoundException(DataIdentity identity) {
    super(REASON, "there is no data entry " + identity.asString());
  }
}
