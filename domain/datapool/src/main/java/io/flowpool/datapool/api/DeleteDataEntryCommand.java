package io.flowpool.datapool.api;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Values;

/** Deletes the entry; its last state (default DELETED) goes into the protocol. */
public record DeleteDataEntryCommand(
    String entryType, String entryId, Modification modification, DataEntryState state)
    implements DataEntryCommand {

  public DeleteDataEntryCommand {
    new DataIdentity(entryType, entryId);
    Values.require(modification, "modification");
    state = state == null ? ProcessingType.DELETED.of("deleted") : state;
  }

  @Override
  public DataIdentity identity() {
    return new DataIdentity(entryType, entryId);
  }
}
