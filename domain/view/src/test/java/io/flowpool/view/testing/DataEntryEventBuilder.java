package io.flowpool.view.testing;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.DataEntryAnonymizedEvent;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryDeletedEvent;
import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import io.flowpool.datapool.api.ProcessingType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the events of one sample data entry. */
public final class DataEntryEventBuilder {

  private final String entryType;
  private final String entryId;
  private String name;
  private DataEntryState state = ProcessingType.IN_PROGRESS.of("In review");
  private Map<String, Object> payload = new LinkedHashMap<>();
  private final List<AuthorizationChange> authorizationChanges = new ArrayList<>();
  private Modification modification = ViewSamples.by(null, "changed");

  DataEntryEventBuilder(String entryType, String entryId) {
    this.entryType = entryType;
    this.entryId = entryId;
    this.name = entryType + " " + entryId;
  }

  public DataEntryEventBuilder name(String value) {
    this.name = value;
    return this;
  }

  public DataEntryEventBuilder state(ProcessingType processingType, String label) {
    this.state = processingType.of(label);
    return this;
  }

  public DataEntryEventBuilder payload(String key, Object value) {
    this.payload.put(key, value);
    return this;
  }

  public DataEntryEventBuilder authorizeUsers(String... users) {
    for (String user : users) {
      authorizationChanges.add(AuthorizationChange.addUser(user));
    }
    return this;
  }

  public DataEntryEventBuilder authorizeGroups(String... groups) {
    for (String group : groups) {
      authorizationChanges.add(AuthorizationChange.addGroup(group));
    }
    return this;
  }

  public DataEntryEventBuilder revokeUser(String user) {
    authorizationChanges.add(AuthorizationChange.removeUser(user));
    return this;
  }

  public DataEntryEventBuilder changedBy(String username, String log) {
    this.modification = new Modification(modification.time(), username, log, null);
    return this;
  }

  /** The changes happen at this time (the protocol time). */
  public DataEntryEventBuilder at(Instant time) {
    this.modification = new Modification(time, modification.username(), modification.log(), null);
    return this;
  }

  public DataEntryCreatedEvent created() {
    return new DataEntryCreatedEvent(
        entryType,
        entryId,
        "Order",
        ViewSamples.APPLICATION,
        name,
        "An order",
        new Payload(payload),
        Correlations.none(),
        state,
        modification,
        authorizationChanges,
        "form-order");
  }

  public DataEntryUpdatedEvent updated() {
    return new DataEntryUpdatedEvent(
        entryType,
        entryId,
        "Order",
        ViewSamples.APPLICATION,
        name,
        "An order",
        new Payload(payload),
        Correlations.none(),
        state,
        modification,
        authorizationChanges,
        "form-order");
  }

  public DataEntryDeletedEvent deleted() {
    return new DataEntryDeletedEvent(
        entryType, entryId, modification, ProcessingType.DELETED.of("deleted"));
  }

  public DataEntryAnonymizedEvent anonymized(String anonymizedUsername, String... excluded) {
    return new DataEntryAnonymizedEvent(
        entryType, entryId, anonymizedUsername, Set.of(excluded), modification);
  }
}
