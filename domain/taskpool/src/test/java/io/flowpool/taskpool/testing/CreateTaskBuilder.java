package io.flowpool.taskpool.testing;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import java.time.Instant;
import java.util.Set;

/** Builds a {@link CreateTaskCommand} from the {@link TaskSamples} values, some of them changed. */
public final class CreateTaskBuilder {

  private final String taskId;
  private SourceReference sourceReference = TaskSamples.SOURCE_REFERENCE;
  private String taskDefinitionKey = "approve-order";
  private String formKey = "forms/approve-order";
  private String businessKey = "order-4711";
  private Payload payload = TaskSamples.orderPayload();
  private Correlations correlations = TaskSamples.orderCorrelations();
  private boolean enriched = true;
  private String assignee;
  private Set<String> candidateUsers = Set.of("kermit", "piggy");
  private Set<String> candidateGroups = Set.of("sales");
  private Instant createTime = TaskSamples.CREATE_TIME;
  private String description = "Check the order and approve it";
  private Instant dueDate = TaskSamples.DUE_DATE;
  private Instant followUpDate;
  private String name = "Approve order";
  private String owner;
  private int priority = 50;

  CreateTaskBuilder(String taskId) {
    this.taskId = taskId;
  }

  public CreateTaskBuilder sourceReference(SourceReference value) {
    sourceReference = value;
    return this;
  }

  public CreateTaskBuilder taskDefinitionKey(String value) {
    taskDefinitionKey = value;
    return this;
  }

  public CreateTaskBuilder formKey(String value) {
    formKey = value;
    return this;
  }

  public CreateTaskBuilder businessKey(String value) {
    businessKey = value;
    return this;
  }

  public CreateTaskBuilder payload(Payload value) {
    payload = value;
    return this;
  }

  public CreateTaskBuilder correlations(Correlations value) {
    correlations = value;
    return this;
  }

  public CreateTaskBuilder enriched(boolean value) {
    enriched = value;
    return this;
  }

  public CreateTaskBuilder assignee(String value) {
    assignee = value;
    return this;
  }

  public CreateTaskBuilder candidateUsers(String... values) {
    candidateUsers = Set.of(values);
    return this;
  }

  public CreateTaskBuilder candidateGroups(String... values) {
    candidateGroups = Set.of(values);
    return this;
  }

  public CreateTaskBuilder createTime(Instant value) {
    createTime = value;
    return this;
  }

  public CreateTaskBuilder description(String value) {
    description = value;
    return this;
  }

  public CreateTaskBuilder dueDate(Instant value) {
    dueDate = value;
    return this;
  }

  public CreateTaskBuilder followUpDate(Instant value) {
    followUpDate = value;
    return this;
  }

  public CreateTaskBuilder name(String value) {
    name = value;
    return this;
  }

  public CreateTaskBuilder owner(String value) {
    owner = value;
    return this;
  }

  public CreateTaskBuilder priority(int value) {
    priority = value;
    return this;
  }

  public CreateTaskCommand command() {
    return new CreateTaskCommand(
        taskId,
        sourceReference,
        taskDefinitionKey,
        formKey,
        businessKey,
        payload,
        correlations,
        enriched,
        assignee,
        candidateUsers,
        candidateGroups,
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority);
  }

  /** The created event of a new task with these values. */
  public TaskCreatedEvent event() {
    return TaskSamples.createdEvent(command());
  }
}
