package io.flowpool.adapter.axon.aggregate;

import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.TaskCommand;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import io.flowpool.taskpool.model.Task;
import io.flowpool.taskpool.model.TaskDecider;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The Axon shell of a task: routes each command to the {@link TaskDecider} and applies what it
 * decides. Axon matches handlers by the payload's class name, hence one handler per command class;
 * every handler loads or creates, so unknown tasks and no-ops are the decider's business.
 */
@Aggregate(type = "Task", commandTargetResolver = DomainCommandTargetResolver.BEAN_NAME)
public class TaskAggregate {

  @AggregateIdentifier private String taskId;
  private Task state;

  /** For Axon: an aggregate before its first event. */
  protected TaskAggregate() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CreateTaskCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AssignTaskCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(UpdateTaskAttributesCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AddCandidateUsersCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DeleteCandidateUsersCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AddCandidateGroupsCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DeleteCandidateGroupsCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CompleteTaskCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DeleteTaskCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ClaimTaskCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(UnclaimTaskCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(MarkTaskToBeCompletedCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DeferTaskCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(UndeferTaskCommand command, TaskDecider decider) {
    decideAndApply(command, decider);
  }

  @EventSourcingHandler
  void on(TaskEvent event, TaskDecider decider) {
    state = decider.evolve(current(event.taskId(), decider), event);
    taskId = event.taskId();
  }

  private void decideAndApply(TaskCommand command, TaskDecider decider) {
    decider.decide(command, current(command.taskId(), decider)).forEach(AggregateLifecycle::apply);
  }

  private Task current(String id, TaskDecider decider) {
    return state != null ? state : decider.initialState(id);
  }
}
