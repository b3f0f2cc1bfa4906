package io.flowpool.adapter.rest.web;

import io.flowpool.common.api.SourceKind;
import io.flowpool.common.api.SourceReference;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where a task or process instance lives, as JSON. */
@Schema(name = "SourceReference")
public record SourceReferenceJson(
    SourceKind kind,
    String instanceId,
    String executionId,
    String definitionId,
    String definitionKey,
    @Schema(description = "the process (or case) name") String name,
    @Schema(description = "the application (engine) that owns it") String applicationName,
    String tenantId) {

  public static SourceReferenceJson of(SourceReference reference) {
    return new SourceReferenceJson(
        reference.kind(),
        reference.instanceId(),
        reference.executionId(),
        reference.definitionId(),
        reference.definitionKey(),
        reference.name(),
        reference.applicationName(),
        reference.tenantId());
  }
}
