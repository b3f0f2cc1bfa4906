package io.flowpool.datapool.api;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Values;

/** Creates the entry if it does not exist, else updates it. */
public record CreateOrUpdateDataEntryCommand(DataEntryChange change) implements DataEntryCommand {

  public CreateOrUpdateDataEntryCommand {
    Values.require(change, "change");
  }

  @Override
  public DataIdentity identity() {
    return change.identity();
  }
}
