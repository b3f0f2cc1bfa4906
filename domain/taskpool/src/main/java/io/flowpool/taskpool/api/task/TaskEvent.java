package io.flowpool.taskpool.api.task;

/**
 * Something that happened to one task. {@link TaskEngineEvent}s change the task as the view shows
 * it; {@link TaskInteractionEvent}s ask the owning engine to act and change nothing by themselves.
 */
public sealed interface TaskEvent permits TaskEngineEvent, TaskInteractionEvent {

  String taskId();
}
