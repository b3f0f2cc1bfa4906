package io.flowpool.taskpool.model;

/** Where a task is in its life. */
public enum TaskStatus {
  /** Never created: no event yet. */
  NONE,
  /** Created and neither completed nor deleted. */
  ACTIVE,
  /** Completed by the engine; nothing changes it again. */
  COMPLETED,
  /** Deleted by the engine; nothing changes it again. */
  DELETED
}
