package io.flowpool.adapter.jpaview.entity;

import io.flowpool.adapter.jpaview.json.JsonCodec;
import io.flowpool.view.api.ProcessVariableView;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code fp_process_variable}: the current value of one variable instance. */
@Entity
@Table(name = "fp_process_variable")
public class ProcessVariableEntity {

  @EmbeddedId private ProcessVariableKey key;

  @Column(name = "name", nullable = false)
  private String name;

  /** The value as JSON; a null value is the JSON {@code null}. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "value", nullable = false, columnDefinition = "jsonb")
  private String value;

  @Column(name = "scope_activity_instance_id")
  private String scopeActivityInstanceId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Embedded private SourceColumns source;

  protected ProcessVariableEntity() {}

  public ProcessVariableEntity(ProcessVariableKey key) {
    this.key = key;
  }

  /** Takes over every field of the view (whose key is this row's). */
  public void write(ProcessVariableView variable, JsonCodec json) {
    name = variable.name();
    value = json.write(variable.value());
    scopeActivityInstanceId = variable.scopeActivityInstanceId();
    revision = variable.revision();
    source = SourceColumns.of(variable.sourceReference());
  }

  public ProcessVariableView toView(JsonCodec json) {
    return new ProcessVariableView(
        key.processInstanceId(),
        key.variableInstanceId(),
        name,
        json.read(value),
        scopeActivityInstanceId,
        revision,
        source.toReference());
  }
}
