package io.flowpool.adapter.jpaview.sql;

import io.flowpool.view.model.TaskAttribute;
import java.util.List;

/** Which columns of {@code fp_task} (alias {@code t}) hold each task attribute. */
final class TaskColumns {

  private TaskColumns() {}

  /** The columns; several only for the text search. */
  static List<String> of(TaskAttribute attribute) {
    switch (attribute) {
      case TEXT_SEARCH:
        return List.of("t.name", "t.description", "t.source_name");
      default:
        return List.of(column(attribute));
    }
  }

  static String column(TaskAttribute attribute) {
    switch (attribute) {
      case ID:
        return "t.id";
      case TASK_DEFINITION_KEY:
        return "t.task_definition_key";
      case FORM_KEY:
        return "t.form_key";
      case BUSINESS_KEY:
        return "t.business_key";
      case NAME:
        return "t.name";
      case DESCRIPTION:
        return "t.description";
      case ASSIGNEE:
        return "t.assignee";
      case OWNER:
        return "t.owner";
      case CANDIDATE_USERS:
        return "t.candidate_users";
      case CANDIDATE_GROUPS:
        return "t.candidate_groups";
      case CREATE_TIME:
        return "t.create_time";
      case DUE_DATE:
        return "t.due_date";
      case FOLLOW_UP_DATE:
        return "t.follow_up_date";
      case PRIORITY:
        return "t.priority";
      case VERSION:
        return "t.version";
      case PROCESS_NAME:
        return "t.source_name";
      case APPLICATION_NAME:
        return "t.application_name";
      case PROCESS_DEFINITION_KEY:
        return "t.source_definition_key";
      case PROCESS_DEFINITION_ID:
        return "t.source_definition_id";
      case PROCESS_INSTANCE_ID:
        return "t.source_instance_id";
      case TENANT_ID:
        return "t.tenant_id";
      default:
        throw new IllegalStateException("no single column holds the task attribute " + attribute);
    }
  }
}
