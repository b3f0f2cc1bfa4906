package io.flowpool.adapter.camunda.collector;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/** The attributes of a task that an attribute update reports. */
record TaskAttributes(
    String name,
    String description,
    int priority,
    String owner,
    Instant dueDate,
    Instant followUpDate) {

  static TaskAttributes of(Task task) {
    return new TaskAttributes(
        task.getName(),
        task.getDescription(),
        task.getPriority(),
        task.getOwner(),
        instant(task.getDueDate()),
        instant(task.getFollowUpDate()));
  }

  /** The attributes the task had before the changes the current engine command made so far. */
  static TaskAttributes before(TaskEntity task) {
    Map<String, PropertyChange> changes = task.getPropertyChanges();
    TaskAttributes now = of(task);
    return new TaskAttributes(
        (String) original(changes, TaskEntity.NAME, now.name()),
        (String) original(changes, TaskEntity.DESCRIPTION, now.description()),
        (Integer) original(changes, TaskEntity.PRIORITY, now.priority()),
        (String) original(changes, TaskEntity.OWNER, now.owner()),
        instant(original(changes, TaskEntity.DUE_DATE, now.dueDate())),
        instant(original(changes, TaskEntity.FOLLOW_UP_DATE, now.followUpDate())));
  }

  private static Object original(Map<String, PropertyChange> changes, String name, Object now) {
    PropertyChange change = changes.get(name);
    return change == null ? now : change.getOrgValue();
  }

  static Instant instant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    return (Instant) value;
  }
}
