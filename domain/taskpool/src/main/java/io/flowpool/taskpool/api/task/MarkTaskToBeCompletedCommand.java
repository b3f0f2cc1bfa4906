package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Payload;
import io.flowpool.common.api.Values;

/**
 * A user wants the task completed with the given payload (the form's result). If {@code assignee}
 * is set and differs from the current assignee, the task is claimed for them first.
 */
public record MarkTaskToBeCompletedCommand(
    String taskId, Payload payload, String assignee, Long expectedVersion)
    implements InteractionTaskCommand {

  public MarkTaskToBeCompletedCommand {
    Values.requireText(taskId, "taskId");
    payload = payload == null ? Payload.empty() : payload;
    if (assignee != null && assignee.isBlank()) {
      assignee = null;
    }
  }
}
