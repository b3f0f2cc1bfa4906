package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;

/** The engine deleted the task (e.g. its process instance was cancelled). */
public record DeleteTaskCommand(String taskId, String deleteReason) implements EngineTaskCommand {

  public DeleteTaskCommand {
    Values.requireText(taskId, "taskId");
  }

  @Override
  public int order() {
    return ORDER_DELETE;
  }

  @Override
  public String eventName() {
    return "delete";
  }
}
