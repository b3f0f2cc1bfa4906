package io.flowpool.view.model;

import io.flowpool.common.api.CommandRefusedException;

/**
 * The task does not exist, or the user may not see it. Both read the same, so that nobody learns of
 * a task they are not authorized for.
 */
public class TaskNotVisibleException extends CommandRefusedException {

  public static final String REASON = "TASK_NOT_FOUND";

  public TaskNotVisibleException(String taskId) {
    super(REASON, "no task " + taskId + " for this user");
  }
}
