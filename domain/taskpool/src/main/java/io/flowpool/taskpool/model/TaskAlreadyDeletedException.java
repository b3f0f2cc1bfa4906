package io.flowpool.taskpool.model;

import io.flowpool.common.api.CommandRefusedException;

/** A user acted on a task that the engine has deleted. */
public class TaskAlreadyDeletedException extends CommandRefusedException {

  public static final String REASON = "TASK_DELETED";

  public TaskAlreadyDeletedException(String taskId) {
    super(REASON, "task " + taskId + " has been deleted");
  }
}
