package io.flowpool.adapter.jpaview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@code fp_process_variable}: a variable instance within its process. */
@Embeddable
public class ProcessVariableKey implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(name = "variable_instance_id", nullable = false)
  private String variableInstanceId;

  protected ProcessVariableKey() {}

  public ProcessVariableKey(String processInstanceId, String variableInstanceId) {
    this.processInstanceId = processInstanceId;
    this.variableInstanceId = variableInstanceId;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  String variableInstanceId() {
    return variableInstanceId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessVariableKey key
        && processInstanceId.equals(key.processInstanceId)
        && variableInstanceId.equals(key.variableInstanceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(processInstanceId, variableInstanceId);
  }
}
