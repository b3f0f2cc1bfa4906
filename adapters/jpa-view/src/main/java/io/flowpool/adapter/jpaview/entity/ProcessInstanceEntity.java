package io.flowpool.adapter.jpaview.entity;

import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code fp_process_instance}. */
@Entity
@Table(name = "fp_process_instance")
public class ProcessInstanceEntity {

  @Id
  @Column(name = "id", nullable = false)
  private String id;

  @Embedded private SourceColumns source;

  @Column(name = "state", nullable = false)
  private String state;

  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "super_instance_id")
  private String superInstanceId;

  @Column(name = "start_activity_id")
  private String startActivityId;

  @Column(name = "end_activity_id")
  private String endActivityId;

  @Column(name = "start_user_id")
  private String startUserId;

  @Column(name = "delete_reason")
  private String deleteReason;

  protected ProcessInstanceEntity() {}

  public ProcessInstanceEntity(String id) {
    this.id = id;
  }

  /** Takes over every field of the view (whose id is this row's). */
  public void write(ProcessInstanceView instance) {
    source = SourceColumns.of(instance.sourceReference());
    state = instance.state().name();
    businessKey = instance.businessKey();
    superInstanceId = instance.superInstanceId();
    startActivityId = instance.startActivityId();
    endActivityId = instance.endActivityId();
    startUserId = instance.startUserId();
    deleteReason = instance.deleteReason();
  }

  public ProcessInstanceView toView() {
    return new ProcessInstanceView(
        id,
        source.toReference(),
        ProcessInstanceState.valueOf(state),
        businessKey,
        superInstanceId,
        startActivityId,
        endActivityId,
        startUserId,
        deleteReason);
  }
}
