package io.flowpool.taskpool.model;

import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.process.VariableChange;

/**
 * Identifies a process variable within its instance: the same name in two scopes (say, a local
 * variable of a sub-process) names two variables.
 *
 * @param scopeActivityInstanceId the activity instance whose scope holds the variable; may be null
 *     when the engine did not report one
 */
public record ProcessVariableKey(String variableName, String scopeActivityInstanceId) {

  public ProcessVariableKey {
    Values.requireText(variableName, "variableName");
  }

  /** The variable this change is about. */
  public static ProcessVariableKey of(VariableChange change) {
    return new ProcessVariableKey(change.variableName(), change.scopeActivityInstanceId());
  }
}
