package io.flowpool.adapter.axon.aggregate;

import io.flowpool.adapter.axon.command.ProcessInstanceCommandBatch;
import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.taskpool.api.process.CancelProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceEvent;
import io.flowpool.taskpool.api.process.ResumeProcessInstanceCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import io.flowpool.taskpool.model.ProcessInstance;
import io.flowpool.taskpool.model.ProcessInstanceDecider;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The Axon shell of a process instance and its variables: the {@link ProcessInstanceDecider}
 * decides, one handler per command class.
 */
@Aggregate(type = "ProcessInstance", commandTargetResolver = DomainCommandTargetResolver.BEAN_NAME)
public class ProcessInstanceAggregate {

  @AggregateIdentifier private String processInstanceId;
  private ProcessInstance state;

  /** For Axon: an aggregate before its first event. */
  protected ProcessInstanceAggregate() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(StartProcessInstanceCommand command, ProcessInstanceDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(FinishProcessInstanceCommand command, ProcessInstanceDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CancelProcessInstanceCommand command, ProcessInstanceDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(SuspendProcessInstanceCommand command, ProcessInstanceDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ResumeProcessInstanceCommand command, ProcessInstanceDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ChangeProcessVariablesCommand command, ProcessInstanceDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ProcessInstanceCommandBatch batch, ProcessInstanceDecider decider) {
    // each command is decided on the state its predecessors' events left: apply evolves at once
    batch.commands().forEach(command -> decideAndApply(command, decider));
  }

  @EventSourcingHandler
  void on(ProcessInstanceEvent event, ProcessInstanceDecider decider) {
    state = decider.evolve(current(event.processInstanceId(), decider), event);
    processInstanceId = event.processInstanceId();
  }

  private void decideAndApply(ProcessInstanceCommand command, ProcessInstanceDecider decider) {
    decider
        .decide(command, current(command.processInstanceId(), decider))
        .forEach(AggregateLifecycle::apply);
  }

  private ProcessInstance current(String id, ProcessInstanceDecider decider) {
    return state != null ? state : decider.initialState(id);
  }
}
