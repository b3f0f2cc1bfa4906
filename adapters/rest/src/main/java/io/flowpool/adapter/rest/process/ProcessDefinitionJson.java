package io.flowpool.adapter.rest.process;

import io.flowpool.view.api.ProcessDefinitionView;
import io.swagger.v3.oas.annotations.media.Schema;

/** A process definition the caller may start, as JSON. */
@Schema(name = "ProcessDefinition")
public record ProcessDefinitionJson(
    String processDefinitionId,
    String processDefinitionKey,
    int processDefinitionVersion,
    String applicationName,
    String processName,
    String versionTag,
    String description,
    @Schema(description = "the start form") String formKey) {

  static ProcessDefinitionJson of(ProcessDefinitionView definition) {
    return new ProcessDefinitionJson(
        definition.processDefinitionId(),
        definition.processDefinitionKey(),
        definition.processDefinitionVersion(),
        definition.applicationName(),
        definition.processName(),
        definition.versionTag(),
        definition.description(),
        definition.formKey());
  }
}
