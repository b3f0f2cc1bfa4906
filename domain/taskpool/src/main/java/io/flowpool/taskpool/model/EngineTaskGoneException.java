package io.flowpool.taskpool.model;

import io.flowpool.common.api.CommandRefusedException;

/** The engine no longer has the task a user acted on (completed or deleted meanwhile). */
public class EngineTaskGoneException extends CommandRefusedException {

  public EngineTaskGoneException(String taskId) {
    super("TASK_GONE", "the engine has no task " + taskId + " any more");
  }
}
