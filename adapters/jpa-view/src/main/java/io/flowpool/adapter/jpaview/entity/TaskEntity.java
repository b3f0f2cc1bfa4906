package io.flowpool.adapter.jpaview.entity;

import io.flowpool.adapter.jpaview.json.JsonCodec;
import io.flowpool.view.api.TaskView;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code fp_task}: one open task, the engine's last snapshot of it. */
@Entity
@Table(name = "fp_task")
public class TaskEntity {

  @Id
  @Column(name = "id", nullable = false)
  private String id;

  @Embedded private SourceColumns source;

  @Column(name = "task_definition_key")
  private String taskDefinitionKey;

  @Column(name = "form_key")
  private String formKey;

  @Column(name = "business_key")
  private String businessKey;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "payload", nullable = false, columnDefinition = "jsonb")
  private String payload;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "correlations", nullable = false, columnDefinition = "jsonb")
  private String correlations;

  @Column(name = "assignee")
  private String assignee;

  @Column(name = "candidate_users", nullable = false)
  private String[] candidateUsers;

  @Column(name = "candidate_groups", nullable = false)
  private String[] candidateGroups;

  /** Candidate users and groups and the assignee, for the one indexed authorization test. */
  @Column(name = "principals", nullable = false)
  private String[] principals;

  /** Principals times payload values, for readers in many groups ({@link TaskAccessKeys}). */
  @Column(name = "access_keys")
  private Long[] accessKeys;

  @Column(name = "create_time")
  private Instant createTime;

  @Column(name = "description")
  private String description;

  @Column(name = "due_date")
  private Instant dueDate;

  @Column(name = "follow_up_date")
  private Instant followUpDate;

  @Column(name = "name")
  private String name;

  @Column(name = "owner")
  private String owner;

  @Column(name = "priority", nullable = false)
  private int priority;

  @Column(name = "version", nullable = false)
  private long version;

  protected TaskEntity() {}

  public TaskEntity(String id) {
    this.id = id;
  }

  /** Takes over every field of the view (whose id is this row's). */
  public void write(TaskView task, JsonCodec json) {
    source = SourceColumns.of(task.sourceReference());
    taskDefinitionKey = task.taskDefinitionKey();
    formKey = task.formKey();
    businessKey = task.businessKey();
    payload = json.writePayload(task.payload());
    correlations = json.writeCorrelations(task.correlations());
    assignee = task.assignee();
    candidateUsers = task.candidateUsers().toArray(String[]::new);
    candidateGroups = task.candidateGroups().toArray(String[]::new);
    principals = Principals.of(task.candidateUsers(), task.candidateGroups(), task.assignee());
    accessKeys = TaskAccessKeys.ofTask(principals, task.payload().values());
    createTime = Micros.of(task.createTime());
    description = task.description();
    dueDate = Micros.of(task.dueDate());
    followUpDate = Micros.of(task.followUpDate());
    name = task.name();
    owner = task.owner();
    priority = task.priority();
    version = task.version();
  }

  public TaskView toView(JsonCodec json) {
    return new TaskView(
        id,
        source.toReference(),
        taskDefinitionKey,
        formKey,
        businessKey,
        json.readPayload(payload),
        json.readCorrelations(correlations),
        assignee,
        Set.copyOf(Arrays.asList(candidateUsers)),
        Set.copyOf(Arrays.asList(candidateGroups)),
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority,
        version);
  }
}
