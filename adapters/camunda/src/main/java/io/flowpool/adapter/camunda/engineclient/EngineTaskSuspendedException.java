package io.flowpool.adapter.camunda.engineclient;

import io.flowpool.common.api.CommandRefusedException;

/** The engine refuses to change a task whose process instance is suspended. */
public class EngineTaskSuspendedException extends CommandRefusedException {

  public static final String REASON = "TASK_SUSPENDED";

  public EngineTaskSuspendedException(String taskId) {
    super(REASON, "task " + taskId + " is suspended in the engine");
  }
}
