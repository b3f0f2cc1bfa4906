package io.flowpool.common.api;

/**
 * Where a task, process instance or variable lives: the instance, the definition and the
 * application (engine) that owns it. {@code applicationName} is the address that user actions are
 * routed to.
 *
 * @param name the human-readable process (or case) name; falls back to the definition key
 * @param tenantId optional
 */
public record SourceReference(
    SourceKind kind,
    String instanceId,
    String executionId,
    String definitionId,
    String definitionKey,
    String name,
    String applicationName,
    String tenantId) {

  public SourceReference {
    Values.require(kind, "sourceReference.kind");
    Values.requireText(instanceId, "sourceReference.instanceId");
    Values.requireText(definitionKey, "sourceReference.definitionKey");
    Values.requireText(applicationName, "sourceReference.applicationName");
    if (name == null || name.isBlank()) {
      name = definitionKey;
    }
  }

  /** A reference to a BPMN process instance without a tenant. */
  public static SourceReference process(
      String instanceId,
      String executionId,
      String definitionId,
      String definitionKey,
      String name,
      String applicationName) {
    return new SourceReference(
        SourceKind.PROCESS,
        instanceId,
        executionId,
        definitionId,
        definitionKey,
        name,
        applicationName,
        null);
  }
}
