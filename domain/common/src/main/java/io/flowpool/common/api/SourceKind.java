package io.flowpool.common.api;

/** What kind of source a task, instance or variable comes from. */
public enum SourceKind {
  /** A BPMN process instance. */
  PROCESS,
  /** A CMMN case instance. */
  CASE,
  /** Anything that is not an engine, e.g. a task created by business code. */
  GENERIC
}
