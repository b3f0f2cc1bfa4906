package io.flowpool.taskpool.model;

import io.flowpool.common.api.Decider;
import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateUserChangedEvent;
import io.flowpool.taskpool.api.task.TaskCommand;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * The task aggregate. Engine commands report what the engine did: they are never refused, and are
 * no-ops on a task that was never created (except the create itself) or is completed or deleted.
 * Interaction commands are decided by {@code TaskInteractionRules}. Every event, interaction events
 * included, moves the version on by one.
 *
 * <p>Unlike Polyflow, whose aggregate emits an attribute update for every update command, an update
 * whose effective values equal the current ones emits nothing (see {@code TaskAttributeRules}): the
 * view has nothing to change, and the version stays what a user last saw.
 */
public class TaskDecider implements Decider<TaskCommand, TaskEvent, Task> {

  @Override
  public Task initialState(String taskId) {
    return Task.none(taskId);
  }

  @Override
  public List<TaskEvent> decide(TaskCommand command, Task state) {
    if (command instanceof InteractionTaskCommand interaction) {
      return TaskInteractionRules.decide(interaction, state);
    }
    if (command instanceof CreateTaskCommand create) {
      return create(create, state);
    }
    if (!state.isActive()) {
      // a task from before Flowpool arrives by the import's create; a finished one stays finished
      return List.of();
    }
    if (command instanceof AssignTaskCommand assign) {
      return assign(state, assign.assignee());
    }
    if (command instanceof UpdateTaskAttributesCommand update) {
      return TaskAttributeRules.decide(update, state);
    }
    if (command instanceof AddCandidateUsersCommand add) {
      return TaskCandidateRules.users(state, add.candidateUsers(), CandidateChange.ADD);
    }
    if (command instanceof DeleteCandidateUsersCommand delete) {
      return TaskCandidateRules.users(state, delete.candidateUsers(), CandidateChange.DELETE);
    }
    if (command instanceof AddCandidateGroupsCommand add) {
      return TaskCandidateRules.groups(state, add.candidateGroups(), CandidateChange.ADD);
    }
    if (command instanceof DeleteCandidateGroupsCommand delete) {
      return TaskCandidateRules.groups(state, delete.candidateGroups(), CandidateChange.DELETE);
    }
    if (command instanceof CompleteTaskCommand complete) {
      return complete(state, complete.assignee());
    }
    // the last permitted engine command
    DeleteTaskCommand delete = (DeleteTaskCommand) command;
    return List.of(new TaskDeletedEvent(state.taskId(), delete.deleteReason()));
  }

  @Override
  public Task evolve(Task state, TaskEvent event) {
    return changedBy(state, event).withVersion(state.version() + 1);
  }

  /** Load-or-create: an active task takes the snapshot again (re-import), a finished one stays. */
  private static List<TaskEvent> create(CreateTaskCommand command, Task state) {
    if (state.status() == TaskStatus.NONE || state.isActive()) {
      return List.of(createdEvent(command));
    }
    return List.of();
  }

  private static List<TaskEvent> assign(Task state, String assignee) {
    if (state.isAssignedTo(assignee)) {
      return List.of();
    }
    return List.of(new TaskAssignedEvent(state.taskId(), assignee));
  }

  private static List<TaskEvent> complete(Task state, String assignee) {
    List<TaskEvent> events = new ArrayList<>();
    if (assignee != null) {
      events.addAll(assign(state, assignee));
    }
    events.add(new TaskCompletedEvent(state.taskId()));
    return events;
  }

  private static Task changedBy(Task state, TaskEvent event) {
    if (event instanceof TaskCreatedEvent created) {
      return state.withSnapshot(created);
    }
    if (event instanceof TaskAssignedEvent assigned) {
      return state.withAssignee(assigned.assignee());
    }
    if (event instanceof TaskAttributesUpdatedEvent updated) {
      return state.withAttributes(updated);
    }
    if (event instanceof TaskCandidateUserChangedEvent changed) {
      return state.withCandidateUser(changed.userId(), changed.change());
    }
    if (event instanceof TaskCandidateGroupChangedEvent changed) {
      return state.withCandidateGroup(changed.groupId(), changed.change());
    }
    if (event instanceof TaskCompletedEvent) {
      return state.withStatus(TaskStatus.COMPLETED);
    }
    if (event instanceof TaskDeletedEvent) {
      return state.withStatus(TaskStatus.DELETED);
    }
    // interaction events ask the engine to act; its own report will change the task
    return state;
  }

  private static TaskCreatedEvent createdEvent(CreateTaskCommand command) {
    return new TaskCreatedEvent(
        command.taskId(),
        command.sourceReference(),
        command.taskDefinitionKey(),
        command.formKey(),
        command.businessKey(),
        command.payload(),
        command.correlations(),
        command.assignee(),
        command.candidateUsers(),
        command.candidateGroups(),
        command.createTime(),
        command.description(),
        command.dueDate(),
        command.followUpDate(),
        command.name(),
        command.owner(),
        command.priority());
  }
}
