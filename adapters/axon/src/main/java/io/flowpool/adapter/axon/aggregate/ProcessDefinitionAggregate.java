package io.flowpool.adapter.axon.aggregate;

import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.model.ProcessDefinition;
import io.flowpool.taskpool.model.ProcessDefinitionDecider;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** The Axon shell of a process definition: the {@link ProcessDefinitionDecider} decides. */
@Aggregate(
    type = "ProcessDefinition",
    commandTargetResolver = DomainCommandTargetResolver.BEAN_NAME)
public class ProcessDefinitionAggregate {

  @AggregateIdentifier private String processDefinitionId;
  private ProcessDefinition state;

  /** For Axon: an aggregate before its first event. */
  protected ProcessDefinitionAggregate() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RegisterProcessDefinitionCommand command, ProcessDefinitionDecider decider) {
    decideAndApply(command, decider);
  }

  @EventSourcingHandler
  void on(ProcessDefinitionRegisteredEvent event, ProcessDefinitionDecider decider) {
    state = decider.evolve(current(event.processDefinitionId(), decider), event);
    processDefinitionId = event.processDefinitionId();
  }

  private void decideAndApply(
      RegisterProcessDefinitionCommand command, ProcessDefinitionDecider decider) {
    decider
        .decide(command, current(command.processDefinitionId(), decider))
        .forEach(AggregateLifecycle::apply);
  }

  private ProcessDefinition current(String id, ProcessDefinitionDecider decider) {
    return state != null ? state : decider.initialState(id);
  }
}
