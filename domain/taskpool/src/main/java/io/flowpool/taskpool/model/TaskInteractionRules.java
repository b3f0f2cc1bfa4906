package io.flowpool.taskpool.model;

import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskDeferredEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.taskpool.api.task.TaskToBeCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.api.task.TaskUndeferredEvent;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * How a task answers a user's request: refused unless the task is active and, if the sender names a
 * version, still at that version; otherwise the interaction events for the owning engine.
 */
final class TaskInteractionRules {

  private TaskInteractionRules() {}

  static List<TaskEvent> decide(InteractionTaskCommand command, Task state) {
    requireActing(command, state);
    if (command instanceof ClaimTaskCommand claim) {
      return claim(state, claim.assignee());
    }
    if (command instanceof MarkTaskToBeCompletedCommand completion) {
      return markToBeCompleted(completion, state);
    }
    if (command instanceof DeferTaskCommand defer) {
      return List.of(
          new TaskDeferredEvent(state.taskId(), state.sourceReference(), defer.followUpDate()));
    }
    if (command instanceof UndeferTaskCommand) {
      return List.of(new TaskUndeferredEvent(state.taskId(), state.sourceReference()));
    }
    // the last permitted kind: UnclaimTaskCommand
    return state.assignee() == null ? List.of() : List.of(unclaimed(state));
  }

  private static void requireActing(InteractionTaskCommand command, Task state) {
    switch (state.status()) {
      case NONE -> throw new TaskNotFoundException(command.taskId());
      case COMPLETED -> throw new TaskAlreadyCompletedException(command.taskId());
      case DELETED -> throw new TaskAlreadyDeletedException(command.taskId());
      case ACTIVE -> {
        // acting is allowed, if the sender saw the current version
      }
    }
    Long expected = command.expectedVersion();
    if (expected != null && expected != state.version()) {
      throw new TaskChangedException(command.taskId(), expected, state.version());
    }
  }

  private static List<TaskEvent> claim(Task state, String claimant) {
    if (state.isAssignedTo(claimant)) {
      return List.of();
    }
    List<TaskEvent> events = new ArrayList<>();
    if (state.assignee() != null) {
      events.add(unclaimed(state));
    }
    events.add(new TaskClaimedEvent(state.taskId(), state.sourceReference(), claimant));
    return events;
  }

  private static List<TaskEvent> markToBeCompleted(
      MarkTaskToBeCompletedCommand command, Task state) {
    List<TaskEvent> events = new ArrayList<>();
    if (command.assignee() != null) {
      events.addAll(claim(state, command.assignee()));
    }
    events.add(
        new TaskToBeCompletedEvent(state.taskId(), state.sourceReference(), command.payload()));
    return events;
  }

  private static TaskUnclaimedEvent unclaimed(Task state) {
    return new TaskUnclaimedEvent(state.taskId(), state.sourceReference());
  }
}
