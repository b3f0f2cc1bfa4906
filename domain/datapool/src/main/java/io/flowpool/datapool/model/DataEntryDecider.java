package io.flowpool.datapool.model;

import io.flowpool.common.api.Authorization;
import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Decider;
import io.flowpool.common.api.Values;
import io.flowpool.datapool.api.AnonymizeDataEntryCommand;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.CreateOrUpdateDataEntryCommand;
import io.flowpool.datapool.api.DataEntryAnonymizedEvent;
import io.flowpool.datapool.api.DataEntryChange;
import io.flowpool.datapool.api.DataEntryCommand;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryDeletedEvent;
import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import io.flowpool.datapool.api.DeleteDataEntryCommand;
import java.util.List;

/**
 * The data entry aggregate. A create-or-update creates a new entry and updates an active one,
 * always emitting an event, since every change is a line in the entry's protocol. What a deleted
 * entry accepts is the {@link DeletionStrategy}'s choice. The aggregate id is {@link
 * DataIdentity#asString()}.
 */
public class DataEntryDecider implements Decider<DataEntryCommand, DataEntryEvent, DataEntry> {

  private final DeletionStrategy deletionStrategy;

  public DataEntryDecider(DeletionStrategy deletionStrategy) {
    this.deletionStrategy = Values.require(deletionStrategy, "deletionStrategy");
  }

  @Override
  public DataEntry initialState(String aggregateId) {
    return DataEntry.none(DataIdentity.parse(aggregateId));
  }

  @Override
  public List<DataEntryEvent> decide(DataEntryCommand command, DataEntry state) {
    if (!command.identity().equals(state.identity())) {
      throw new DataEntryMismatchException(command.identity(), state.identity());
    }
    if (command instanceof CreateOrUpdateDataEntryCommand createOrUpdate) {
      return createOrUpdate(createOrUpdate.change(), state);
    }
    if (state.status() == DataEntryStatus.NONE) {
      throw new DataEntryNotFoundException(state.identity());
    }
    if (state.status() == DataEntryStatus.DELETED) {
      refuseIfStrict(state);
      return List.of();
    }
    if (command instanceof DeleteDataEntryCommand delete) {
      return List.of(
          new DataEntryDeletedEvent(
              delete.entryType(), delete.entryId(), delete.modification(), delete.state()));
    }
    // the last permitted command
    AnonymizeDataEntryCommand anonymize = (AnonymizeDataEntryCommand) command;
    return List.of(
        new DataEntryAnonymizedEvent(
            anonymize.entryType(),
            anonymize.entryId(),
            anonymize.anonymizedUsername(),
            anonymize.excludedUsernames(),
            anonymize.modification()));
  }

  @Override
  public DataEntry evolve(DataEntry state, DataEntryEvent event) {
    if (event instanceof DataEntryCreatedEvent created) {
      // a created event also follows a lax deletion: the entry starts over without its former
      // grants
      return state.active(
          AuthorizationChange.apply(Authorization.nobody(), created.authorizationChanges()));
    }
    if (event instanceof DataEntryUpdatedEvent updated) {
      return state.active(
          AuthorizationChange.apply(state.authorization(), updated.authorizationChanges()));
    }
    if (event instanceof DataEntryDeletedEvent) {
      return state.deleted();
    }
    // anonymized: nobody is named any more, groups are not personal data
    return state.withoutUserAuthorizations();
  }

  private List<DataEntryEvent> createOrUpdate(DataEntryChange change, DataEntry state) {
    if (state.isActive()) {
      return List.of(DataEntryUpdatedEvent.of(change));
    }
    if (state.status() == DataEntryStatus.DELETED) {
      refuseIfStrict(state);
    }
    return List.of(DataEntryCreatedEvent.of(change));
  }

  private void refuseIfStrict(DataEntry state) {
    if (deletionStrategy == DeletionStrategy.STRICT) {
      throw new DataEntryAlreadyDeletedException(state.identity());
    }
  }
}
