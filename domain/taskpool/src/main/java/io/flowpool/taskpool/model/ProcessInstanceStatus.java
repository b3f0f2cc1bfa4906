package io.flowpool.taskpool.model;

/** Where a process instance is in its life, as far as Flowpool has heard. */
public enum ProcessInstanceStatus {
  /** No start heard yet; variable changes may already have arrived. */
  UNKNOWN,
  /** Started (or resumed) and not ended. */
  RUNNING,
  /** Suspended by the engine; it may be resumed. */
  SUSPENDED,
  /** Ended normally; nothing changes it again. */
  FINISHED,
  /** Cancelled (deleted) before its end; nothing changes it again. */
  CANCELLED;

  public boolean isEnded() {
    return this == FINISHED || this == CANCELLED;
  }
}
