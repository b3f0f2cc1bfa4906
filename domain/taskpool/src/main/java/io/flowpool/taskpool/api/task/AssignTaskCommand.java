package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;

/** The engine changed the assignee; null unassigns. Emits only if the assignee changes. */
public record AssignTaskCommand(String taskId, String assignee) implements EngineTaskCommand {

  public AssignTaskCommand {
    Values.requireText(taskId, "taskId");
    if (assignee != null && assignee.isBlank()) {
      assignee = null;
    }
  }

  @Override
  public int order() {
    return ORDER_ASSIGN;
  }

  @Override
  public String eventName() {
    return "assignment";
  }
}
