package io.flowpool.view.api;

/** Where a process instance stands. */
public enum ProcessInstanceState {
  RUNNING,
  SUSPENDED,
  FINISHED,
  CANCELLED
}
