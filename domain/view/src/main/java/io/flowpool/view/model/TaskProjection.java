package io.flowpool.view.model;

import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateUserChangedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.taskpool.api.task.TaskInteractionEvent;
import io.flowpool.view.api.TaskView;
import java.util.Optional;

/**
 * How a task event changes the task's row. Events arrive here in sequence order (the {@link
 * ProjectionProgress} guard sees to that), so each rule only has to know the row before it.
 */
public final class TaskProjection {

  private TaskProjection() {}

  public static RowChange<TaskView> apply(
      Optional<TaskView> current, TaskEvent event, long sequence) {
    if (event instanceof TaskCreatedEvent created) {
      return RowChange.upsert(snapshot(created, sequence));
    }
    if (current.isEmpty()) {
      // a change of a task whose creation the view never saw: nothing to change
      return RowChange.keep();
    }
    if (event instanceof TaskCompletedEvent || event instanceof TaskDeletedEvent) {
      return RowChange.delete();
    }
    TaskViewBuilder task = TaskViewBuilder.from(current.get()).version(sequence);
    if (event instanceof TaskInteractionEvent) {
      // changes nothing the engine reported, but the version moves on as the aggregate's does,
      // so that a tasklist acting on this row sends the version the task really has
      return RowChange.upsert(task.build());
    }
    if (event instanceof TaskAssignedEvent assigned) {
      return RowChange.upsert(task.assignee(assigned.assignee()).build());
    }
    if (event instanceof TaskCandidateUserChangedEvent user) {
      return RowChange.upsert(
          task.candidateUser(user.userId(), user.change() == CandidateChange.ADD).build());
    }
    if (event instanceof TaskCandidateGroupChangedEvent group) {
      return RowChange.upsert(
          task.candidateGroup(group.groupId(), group.change() == CandidateChange.ADD).build());
    }
    // the last engine event: the effective attributes after an update
    TaskAttributesUpdatedEvent updated = (TaskAttributesUpdatedEvent) event;
    return RowChange.upsert(
        task.businessKey(updated.businessKey())
            .payload(updated.payload())
            .correlations(updated.correlations())
            .description(updated.description())
            .dueDate(updated.dueDate())
            .followUpDate(updated.followUpDate())
            .name(updated.name())
            .owner(updated.owner())
            .priority(updated.priority())
            .build());
  }

  /** The row for a created event: its full snapshot. */
  public static TaskView snapshot(TaskCreatedEvent created, long sequence) {
    return new TaskView(
        created.taskId(),
        created.sourceReference(),
        created.taskDefinitionKey(),
        created.formKey(),
        created.businessKey(),
        created.payload(),
        created.correlations(),
        created.assignee(),
        created.candidateUsers(),
        created.candidateGroups(),
        created.createTime(),
        created.description(),
        created.dueDate(),
        created.followUpDate(),
        created.name(),
        created.owner(),
        created.priority(),
        sequence);
  }
}
