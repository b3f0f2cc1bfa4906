package io.flowpool.datapool.api;

import io.flowpool.common.api.DataIdentity;

/** Something that happened to one data entry. */
public sealed interface DataEntryEvent
    permits DataEntryCreatedEvent,
        DataEntryUpdatedEvent,
        DataEntryDeletedEvent,
        DataEntryAnonymizedEvent {

  String entryType();

  String entryId();

  default DataIdentity identity() {
    return new DataIdentity(entryType(), entryId());
  }
}
