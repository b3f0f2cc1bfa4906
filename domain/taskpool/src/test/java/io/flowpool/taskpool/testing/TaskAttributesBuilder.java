package io.flowpool.taskpool.testing;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import java.time.Instant;

/**
 * Builds an {@link UpdateTaskAttributesCommand}, or the {@link TaskAttributesUpdatedEvent} with the
 * same values, starting from the attributes of a created task (an enriched update that changes
 * nothing).
 */
public final class TaskAttributesBuilder {

  private final String taskId;
  private String businessKey;
  private Payload payload;
  private Correlations correlations;
  private boolean enriched = true;
  private String description;
  private Instant dueDate;
  private Instant followUpDate;
  private String name;
  private String owner;
  private int priority;
  private boolean unchanged;

  TaskAttributesBuilder(CreateTaskCommand created) {
    taskId = created.taskId();
    businessKey = created.businessKey();
    payload = created.payload();
    correlations = created.correlations();
    description = created.description();
    dueDate = created.dueDate();
    followUpDate = created.followUpDate();
    name = created.name();
    owner = created.owner();
    priority = created.priority();
  }

  public TaskAttributesBuilder businessKey(String value) {
    businessKey = value;
    return this;
  }

  public TaskAttributesBuilder payload(Payload value) {
    payload = value;
    return this;
  }

  public TaskAttributesBuilder correlations(Correlations value) {
    correlations = value;
    return this;
  }

  public TaskAttributesBuilder enriched(boolean value) {
    enriched = value;
    return this;
  }

  public TaskAttributesBuilder description(String value) {
    description = value;
    return this;
  }

  public TaskAttributesBuilder dueDate(Instant value) {
    dueDate = value;
    return this;
  }

  public TaskAttributesBuilder followUpDate(Instant value) {
    followUpDate = value;
    return this;
  }

  public TaskAttributesBuilder name(String value) {
    name = value;
    return this;
  }

  public TaskAttributesBuilder owner(String value) {
    owner = value;
    return this;
  }

  public TaskAttributesBuilder priority(int value) {
    priority = value;
    return this;
  }

  public TaskAttributesBuilder unchanged(boolean value) {
    unchanged = value;
    return this;
  }

  public UpdateTaskAttributesCommand command() {
    return new UpdateTaskAttributesCommand(
        taskId,
        businessKey,
        payload,
        correlations,
        enriched,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority,
        unchanged);
  }

  /** The updated event carrying exactly these values (the enriched flag plays no part). */
  public TaskAttributesUpdatedEvent event() {
    return new TaskAttributesUpdatedEvent(
        taskId,
        businessKey,
        payload,
        correlations,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority);
  }
}
