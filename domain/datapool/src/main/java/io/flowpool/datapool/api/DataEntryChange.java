package io.flowpool.datapool.api;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.Values;
import java.util.List;

/**
 * The full content of a data entry as its owner sees it now, plus who changed it and how its
 * authorizations change.
 *
 * @param type a human-readable type name, e.g. "Invoice"
 * @param formKey optional, the form that shows the entry
 */
public record DataEntryChange(
    String entryType,
    String entryId,
    String type,
    String applicationName,
    String name,
    String description,
    Payload payload,
    Correlations correlations,
    DataEntryState state,
    Modification modification,
    List<AuthorizationChange> authorizationChanges,
    String formKey) {

  public DataEntryChange {
    new DataIdentity(entryType, entryId);
    Values.requireText(applicationName, "applicationName");
    Values.requireText(name, "name");
    type = type == null || type.isBlank() ? entryType : type;
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
    state = state == null ? ProcessingType.UNDEFINED.of("") : state;
    Values.require(modification, "modification");
    authorizationChanges =
        authorizationChanges == null ? List.of() : List.copyOf(authorizationChanges);
  }

  public DataIdentity identity() {
    return new DataIdentity(entryType, entryId);
  }
}
