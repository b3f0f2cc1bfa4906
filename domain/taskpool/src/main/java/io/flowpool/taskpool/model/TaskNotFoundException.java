package io.flowpool.taskpool.model;

import io.flowpool.common.api.CommandRefusedException;

/** A user acted on a task that was never created. */
public class TaskNotFoundException extends CommandRefusedException {

  public static final String REASON = "TASK_NOT_FOUND";

  public TaskNotFoundException(String taskId) {
    super(REASON, "there is no task " + taskId);
  }
}
