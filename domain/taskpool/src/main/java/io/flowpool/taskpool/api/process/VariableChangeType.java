package io.flowpool.taskpool.api.process;

/** What happened to a process variable. */
public enum VariableChangeType {
  CREATE,
  UPDATE,
  DELETE
}
