package io.flowpool.adapter.axon.aggregate;

import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.datapool.api.AnonymizeDataEntryCommand;
import io.flowpool.datapool.api.CreateOrUpdateDataEntryCommand;
import io.flowpool.datapool.api.DataEntryCommand;
import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.datapool.api.DeleteDataEntryCommand;
import io.flowpool.datapool.model.DataEntry;
import io.flowpool.datapool.model.DataEntryDecider;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The Axon shell of a data entry, addressed by {@code entryType#entryId}. The {@link
 * DataEntryDecider} (with the configured deletion strategy) decides.
 */
@Aggregate(type = "DataEntry", commandTargetResolver = DomainCommandTargetResolver.BEAN_NAME)
public class DataEntryAggregate {

  @AggregateIdentifier private String identity;
  private DataEntry state;

  /** For Axon: an aggregate before its first event. */
  protected DataEntryAggregate() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CreateOrUpdateDataEntryCommand command, DataEntryDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DeleteDataEntryCommand command, DataEntryDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AnonymizeDataEntryCommand command, DataEntryDecider decider) {
    decideAndApply(command, decider);
  }

  @EventSourcingHandler
  void on(DataEntryEvent event, DataEntryDecider decider) {
    identity = event.identity().asString();
    state = decider.evolve(current(identity, decider), event);
  }

  private void decideAndApply(DataEntryCommand command, DataEntryDecider decider) {
    decider
        .decide(command, current(command.identity().asString(), decider))
        .forEach(AggregateLifecycle::apply);
  }

  private DataEntry current(String id, DataEntryDecider decider) {
    return state != null ? state : decider.initialState(id);
  }
}
