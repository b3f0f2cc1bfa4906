package io.flowpool.view.api;

import io.flowpool.common.api.JsonValues;
import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/**
 * The current value of one process variable.
 *
 * @param value a JSON-like value (see {@link JsonValues})
 * @param scopeActivityInstanceId the activity instance whose scope holds the variable
 * @param revision the engine's revision of the variable instance
 */
public record ProcessVariableView(
    String processInstanceId,
    String variableInstanceId,
    String name,
    Object value,
    String scopeActivityInstanceId,
    int revision,
    SourceReference sourceReference) {

  public ProcessVariableView {
    Values.requireText(processInstanceId, "processInstanceId");
    Values.requireText(variableInstanceId, "variableInstanceId");
    Values.requireText(name, "name");
    value = JsonValues.copy(value, name);
    Values.require(sourceReference, "sourceReference");
  }
}
