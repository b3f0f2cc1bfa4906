package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;

/**
 * The engine completed the task. If {@code assignee} is set and differs from the current one, a
 * {@link TaskAssignedEvent} precedes the {@link TaskCompletedEvent}.
 */
public record CompleteTaskCommand(String taskId, String assignee) implements EngineTaskCommand {

  public CompleteTaskCommand {
    Values.requireText(taskId, "taskId");
    if (assignee != null && assignee.isBlank()) {
      assignee = null;
    }
  }

  @Override
  public int order() {
    return ORDER_COMPLETE;
  }

  @Override
  public String eventName() {
    return "complete";
  }
}
