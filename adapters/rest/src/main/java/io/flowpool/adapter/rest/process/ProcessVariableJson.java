package io.flowpool.adapter.rest.process;

import io.flowpool.view.api.ProcessVariableView;
import io.swagger.v3.oas.annotations.media.Schema;

/** The current value of one process variable, as JSON. */
@Schema(name = "ProcessVariable")
public record ProcessVariableJson(
    String processInstanceId,
    String variableInstanceId,
    String name,
    @Schema(description = "any JSON value") Object value,
    @Schema(description = "the activity instance whose scope holds the variable")
        String scopeActivityInstanceId,
    int revision) {

  static ProcessVariableJson of(ProcessVariableView variable) {
    return new ProcessVariableJson(
        variable.processInstanceId(),
        variable.variableInstanceId(),
        variable.name(),
        variable.value(),
        variable.scopeActivityInstanceId(),
        variable.revision());
  }
}
