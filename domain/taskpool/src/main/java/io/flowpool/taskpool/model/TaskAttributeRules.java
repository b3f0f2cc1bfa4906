package io.flowpool.taskpool.model;

import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import java.util.List;

/**
 * Decides an attribute update. The event carries the effective values: payload and correlations
 * from the command only if it was enriched, the business key only if the command has one, the other
 * attributes from the command as they are. Intentionally unlike Polyflow (which always emits), an
 * update that changes none of these values emits nothing; the command's {@code unchanged} flag is
 * therefore not needed here.
 */
final class TaskAttributeRules {

  private TaskAttributeRules() {}

  static List<TaskEvent> decide(UpdateTaskAttributesCommand command, Task state) {
    TaskAttributesUpdatedEvent effective =
        new TaskAttributesUpdatedEvent(
            state.taskId(),
            command.businessKey() != null ? command.businessKey() : state.businessKey(),
            command.enriched() ? command.payload() : state.payload(),
            command.enriched() ? command.correlations() : state.correlations(),
            command.description(),
            command.dueDate(),
            command.followUpDate(),
            command.name(),
            command.owner(),
            command.priority());
    return effective.equals(current(state)) ? List.of() : List.of(effective);
  }

  /** The task's attributes as they are, in the shape of an update. */
  private static TaskAttributesUpdatedEvent current(Task state) {
    return new TaskAttributesUpdatedEvent(
        state.taskId(),
        state.businessKey(),
        state.payload(),
        state.correlations(),
        state.description(),
        state.dueDate(),
        state.followUpDate(),
        state.name(),
        state.owner(),
        state.priority());
  }
}
