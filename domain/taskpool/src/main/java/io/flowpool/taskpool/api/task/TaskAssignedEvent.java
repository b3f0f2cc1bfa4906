package io.flowpool.taskpool.api.task;

/** The task's assignee changed; null means nobody. */
public record TaskAssignedEvent(String taskId, String assignee) implements TaskEngineEvent {}
