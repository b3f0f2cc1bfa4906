package io.flowpool.taskpool.model;

import io.flowpool.common.api.CommandRefusedException;

/** A user acted on a version of a task that is no longer the current one. */
public class TaskChangedException extends CommandRefusedException {

  public static final String REASON = "TASK_CHANGED";

  private final long expectedVersion;
  private final long currentVersion;

  public TaskChangedException(String taskId, long expectedVersion, long currentVersion) {
    super(
        REASON,
        "task " + taskId + " changed since version " + expectedVersion + ", now " + currentVersion);
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }

  /** The version the sender saw. */
  public long expectedVersion() {
    return expectedVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
