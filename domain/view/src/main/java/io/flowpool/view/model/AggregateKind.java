package io.flowpool.view.model;

/** The kinds of aggregate whose events the view projects; each has its own sequence numbers. */
public enum AggregateKind {
  TASK,
  DATA_ENTRY,
  PROCESS_DEFINITION,
  PROCESS_INSTANCE
}
