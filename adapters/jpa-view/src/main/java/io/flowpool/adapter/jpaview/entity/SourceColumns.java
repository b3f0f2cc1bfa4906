package io.flowpool.adapter.jpaview.entity;

import io.flowpool.common.api.SourceKind;
import io.flowpool.common.api.SourceReference;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A {@link SourceReference} as the columns of a task, process instance or variable row. */
@Embeddable
public class SourceColumns {

  @Column(name = "source_kind", nullable = false)
  private String kind;

  @Column(name = "source_instance_id", nullable = false)
  private String instanceId;

  @Column(name = "source_execution_id")
  private String executionId;

  @Column(name = "source_definition_id")
  private String definitionId;

  @Column(name = "source_definition_key", nullable = false)
  private String definitionKey;

  @Column(name = "source_name", nullable = false)
  private String name;

  @Column(name = "application_name", nullable = false)
  private String applicationName;

  @Column(name = "tenant_id")
  private String tenantId;

  protected SourceColumns() {}

  static SourceColumns of(SourceReference reference) {
    SourceColumns columns = new SourceColumns();
    columns.kind = reference.kind().name();
    columns.instanceId = reference.instanceId();
    columns.executionId = reference.executionId();
    columns.definitionId = reference.definitionId();
    columns.definitionKey = reference.definitionKey();
    columns.name = reference.name();
    columns.applicationName = reference.applicationName();
    columns.tenantId = reference.tenantId();
    return columns;
  }

  SourceReference toReference() {
    return new SourceReference(
        SourceKind.valueOf(kind),
        instanceId,
        executionId,
        definitionId,
        definitionKey,
        name,
        applicationName,
        tenantId);
  }
}
