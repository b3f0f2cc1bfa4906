package io.flowpool.view.testing;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Builds the created and attributes-updated events of one sample task. */
public final class TaskEventBuilder {

  private final String taskId;
  private String instanceId = "instance-1";
  private String processName = "Order process";
  private String application = ViewSamples.APPLICATION;
  private String name = "Approve order";
  private String description;
  private String businessKey;
  private String assignee;
  private Set<String> candidateUsers = Set.of();
  private Set<String> candidateGroups = Set.of();
  private Map<String, Object> payload = new LinkedHashMap<>();
  private Map<String, String> correlations = new LinkedHashMap<>();
  private Instant createTime = ViewSamples.NOW;
  private Instant dueDate;
  private Instant followUpDate;
  private int priority = 50;

  TaskEventBuilder(String taskId) {
    this.taskId = taskId;
  }

  public TaskEventBuilder name(String value) {
    this.name = value;
    return this;
  }

  public TaskEventBuilder description(String value) {
    this.description = value;
    return this;
  }

  public TaskEventBuilder businessKey(String value) {
    this.businessKey = value;
    return this;
  }

  public TaskEventBuilder process(String instance, String nameOfProcess) {
    this.instanceId = instance;
    this.processName = nameOfProcess;
    return this;
  }

  public TaskEventBuilder application(String value) {
    this.application = value;
    return this;
  }

  public TaskEventBuilder assignee(String value) {
    this.assignee = value;
    return this;
  }

  public TaskEventBuilder candidateUsers(String... users) {
    this.candidateUsers = Set.of(users);
    return this;
  }

  public TaskEventBuilder candidateGroups(String... groups) {
    this.candidateGroups = Set.of(groups);
    return this;
  }

  public TaskEventBuilder payload(String key, Object value) {
    this.payload.put(key, value);
    return this;
  }

  public TaskEventBuilder correlatedWith(String entryType, String entryId) {
    this.correlations.put(entryType, entryId);
    return this;
  }

  public TaskEventBuilder createTime(Instant value) {
    this.createTime = value;
    return this;
  }

  public TaskEventBuilder dueDate(Instant value) {
    this.dueDate = value;
    return this;
  }

  public TaskEventBuilder followUpDate(Instant value) {
    this.followUpDate = value;
    return this;
  }

  public TaskEventBuilder priority(int value) {
    this.priority = value;
    return this;
  }

  public TaskCreatedEvent created() {
    return new TaskCreatedEvent(
        taskId,
        sourceReference(),
        "approve-order",
        "form-approve",
        businessKey,
        new Payload(payload),
        new Correlations(correlations),
        assignee,
        candidateUsers,
        candidateGroups,
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        null,
        priority);
  }

  public TaskAttributesUpdatedEvent updated() {
    return new TaskAttributesUpdatedEvent(
        taskId,
        businessKey,
        new Payload(payload),
        new Correlations(correlations),
        description,
        dueDate,
        followUpDate,
        name,
        null,
        priority);
  }

  private SourceReference sourceReference() {
    return ViewSamples.source(instanceId, processName, application);
  }
}
