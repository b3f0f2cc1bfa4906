package io.flowpool.view.model;

import io.flowpool.view.api.TaskView;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The task attributes that filters ({@code task.<name>}) and sorts may name. */
public enum TaskAttribute implements ViewField {
  ID("id", AttributeType.TEXT, TaskView::id),
  TASK_DEFINITION_KEY("taskDefinitionKey", AttributeType.TEXT, TaskView::taskDefinitionKey),
  FORM_KEY("formKey", AttributeType.TEXT, TaskView::formKey),
  BUSINESS_KEY("businessKey", AttributeType.TEXT, TaskView::businessKey),
  NAME("name", AttributeType.TEXT, TaskView::name),
  DESCRIPTION("description", AttributeType.TEXT, TaskView::description),
  ASSIGNEE("assignee", AttributeType.TEXT, TaskView::assignee),
  OWNER("owner", AttributeType.TEXT, TaskView::owner),
  CANDIDATE_USERS("candidateUsers", AttributeType.TEXT_SET, TaskView::candidateUsers),
  CANDIDATE_GROUPS("candidateGroups", AttributeType.TEXT_SET, TaskView::candidateGroups),
  CREATE_TIME("createTime", AttributeType.INSTANT, TaskView::createTime),
  DUE_DATE("dueDate", AttributeType.INSTANT, TaskView::dueDate),
  FOLLOW_UP_DATE("followUpDate", AttributeType.INSTANT, TaskView::followUpDate),
  PRIORITY("priority", AttributeType.NUMBER, TaskView::priority),
  VERSION("version", AttributeType.NUMBER, TaskView::version),
  PROCESS_NAME("processName", AttributeType.TEXT, TaskView::processName),
  APPLICATION_NAME("applicationName", AttributeType.TEXT, TaskView::applicationName),
  PROCESS_DEFINITION_KEY(
      "processDefinitionKey", AttributeType.TEXT, task -> task.sourceReference().definitionKey()),
  PROCESS_DEFINITION_ID(
      "processDefinitionId", AttributeType.TEXT, task -> task.sourceReference().definitionId()),
  PROCESS_INSTANCE_ID(
      "processInstanceId", AttributeType.TEXT, task -> task.sourceReference().instanceId()),
  TENANT_ID("tenantId", AttributeType.TEXT, task -> task.sourceReference().tenantId()),
  /** Name, description or process name contains the value. */
  TEXT_SEARCH(
      "textSearch",
      AttributeType.TEXT_SEARCH,
      task -> Arrays.asList(task.name(), task.description(), task.processName()));

  private final String fieldName;
  private final AttributeType type;
  private final Function<TaskView, Object> accessor;

  TaskAttribute(String fieldName, AttributeType type, Function<TaskView, Object> accessor) {
    this.fieldName = fieldName;
    this.type = type;
    this.accessor = accessor;
  }

  @Override
  public String fieldName() {
    return fieldName;
  }

  public AttributeType type() {
    return type;
  }

  /** The attribute's value in a task: a String, Instant, Integer/Long, Set or List of texts. */
  public Object valueOf(TaskView task) {
    return accessor.apply(task);
  }

  public static Optional<TaskAttribute> byName(String fieldName) {
    return Arrays.stream(values()).filter(a -> a.fieldName.equals(fieldName)).findFirst();
  }

  /** Every attribute name, or only the sortable ones, for error messages. */
  public static String names(boolean sortableOnly) {
    return Arrays.stream(values())
        .filter(a -> !sortableOnly || a.type.sortable())
        .map(TaskAttribute::fieldName)
        .collect(Collectors.joining(", "));
  }
}
