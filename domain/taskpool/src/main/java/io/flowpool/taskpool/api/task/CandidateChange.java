package io.flowpool.taskpool.api.task;

/** Whether a candidate user or group was added to or removed from a task. */
public enum CandidateChange {
  ADD,
  DELETE
}
