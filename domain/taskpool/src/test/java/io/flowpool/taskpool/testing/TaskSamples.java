package io.flowpool.taskpool.testing;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sample task commands and events with realistic values: an order approval task of an order
 * process. Start from {@link #createTask(String)} or, to vary a field, {@link #newTask(String)}.
 */
public final class TaskSamples {

  public static final String APPLICATION = "order-application";

  public static final SourceReference SOURCE_REFERENCE =
      SourceReference.process(
          "instance-1",
          "execution-1",
          "order-process:1:7",
          "order-process",
          "Order process",
          APPLICATION);

  public static final Instant CREATE_TIME = Instant.parse("2026-03-02T09:15:00Z");
  public static final Instant DUE_DATE = CREATE_TIME.plus(Duration.ofDays(3));

  private TaskSamples() {}

  /** An unassigned approval task with payload, correlations and candidates. */
  public static CreateTaskCommand createTask(String taskId) {
    return newTask(taskId).command();
  }

  /** The sample task, assigned to {@code assignee}. */
  public static CreateTaskCommand createTask(String taskId, String assignee) {
    return newTask(taskId).assignee(assignee).command();
  }

  /** A builder preset with the sample values, to vary some of them. */
  public static CreateTaskBuilder newTask(String taskId) {
    return new CreateTaskBuilder(taskId);
  }

  /** The event a create command leads to on a new task: the command's full snapshot. */
  public static TaskCreatedEvent createdEvent(CreateTaskCommand command) {
    return new TaskCreatedEvent(
        command.taskId(),
        command.sourceReference(),
        command.taskDefinitionKey(),
        command.formKey(),
        command.businessKey(),
        command.payload(),
        command.correlations(),
        command.assignee(),
        command.candidateUsers(),
        command.candidateGroups(),
        command.createTime(),
        command.description(),
        command.dueDate(),
        command.followUpDate(),
        command.name(),
        command.owner(),
        command.priority());
  }

  /** The created event of the sample task. */
  public static TaskCreatedEvent created(String taskId) {
    return createdEvent(createTask(taskId));
  }

  /** The created event of the sample task, assigned to {@code assignee}. */
  public static TaskCreatedEvent created(String taskId, String assignee) {
    return createdEvent(createTask(taskId, assignee));
  }

  /** An attribute update (and its event) preset with the attributes of a created task. */
  public static TaskAttributesBuilder attributesOf(CreateTaskCommand created) {
    return new TaskAttributesBuilder(created);
  }

  /** The sample payload: an order with a nested customer. */
  public static Payload orderPayload() {
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("name", "Ada Lovelace");
    customer.put("vip", true);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("orderId", "4711");
    values.put("amount", 149.9);
    values.put("customer", customer);
    return new Payload(values);
  }

  public static Correlations orderCorrelations() {
    return Correlations.of("order", "4711");
  }
}
