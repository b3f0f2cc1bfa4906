package io.flowpool.datapool.api;

import io.flowpool.common.api.Modification;

/** The entry was deleted. */
public record DataEntryDeletedEvent(
    String entryType, String entryId, Modification deleteModification, DataEntryState state)
    implements DataEntryEvent {}
