package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.JsonValues;
import io.flowpool.common.api.Values;

/**
 * One change of one process variable.
 *
 * @param value the new value as a JSON-like value (see {@link JsonValues}); null for a delete
 * @param revision the engine's revision of the variable instance
 * @param scopeActivityInstanceId the activity instance whose scope holds the variable
 */
public record VariableChange(
    VariableChangeType type,
    String variableInstanceId,
    String variableName,
    Object value,
    int revision,
    String scopeActivityInstanceId) {

  public VariableChange {
    Values.require(type, "type");
    Values.requireText(variableInstanceId, "variableInstanceId");
    Values.requireText(variableName, "variableName");
    if (type == VariableChangeType.DELETE && value != null) {
      throw new InvalidValueException("a deleted variable has no value: " + variableName);
    }
    value = JsonValues.copy(value, variableName);
  }
}
