package io.flowpool.taskpool.model;

import io.flowpool.common.api.CommandRefusedException;

/** A user acted on a task that the engine has completed. */
public class TaskAlreadyCompletedException extends CommandRefusedException {

  public static final String REASON = "TASK_COMPLETED";

  public TaskAlreadyCompletedException(String taskId) {
    super(REASON, "task " + taskId + " is already completed");
  }
}
