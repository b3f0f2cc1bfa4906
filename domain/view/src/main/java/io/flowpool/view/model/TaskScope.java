package io.flowpool.view.model;

/** Whose tasks a query looks at. */
public enum TaskScope {
  /** Every task, for administrators. */
  EVERYONE,
  /** Tasks assigned to the user. */
  ASSIGNEE,
  /** Tasks the user may see: assignee, candidate user or candidate group. */
  USER,
  /** Tasks offered to the user: candidate user or candidate group. */
  CANDIDATE,
  /** Tasks offered to one of the user's groups. */
  GROUP
}
