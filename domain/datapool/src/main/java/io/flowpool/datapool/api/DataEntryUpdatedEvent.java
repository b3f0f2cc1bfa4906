package io.flowpool.datapool.api;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Payload;
import java.util.List;

/** The entry's content changed to this. */
public record DataEntryUpdatedEvent(
    String entryType,
    String entryId,
    String type,
    String applicationName,
    String name,
    String description,
    Payload payload,
    Correlations correlations,
    DataEntryState state,
    Modification updateModification,
    List<AuthorizationChange> authorizationChanges,
    String formKey)
    implements DataEntryEvent {

  public DataEntryUpdatedEvent {
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
    authorizationChanges =
        authorizationChanges == null ? List.of() : List.copyOf(authorizationChanges);
  }

  /** The event for a change. */
  public static DataEntryUpdatedEvent of(DataEntryChange change) {
    return new DataEntryUpdatedEvent(
        change.entryType(),
        change.entryId(),
        change.type(),
        change.applicationName(),
        change.name(),
        change.description(),
        change.payload(),
        change.correlations(),
        change.state(),
        change.modification(),
        change.authorizationChanges(),
        change.formKey());
  }
}
