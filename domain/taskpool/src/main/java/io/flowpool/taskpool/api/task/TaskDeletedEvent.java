package io.flowpool.taskpool.api.task;

/** The engine deleted the task; nothing will change it again. */
public record TaskDeletedEvent(String taskId, String deleteReason) implements TaskEngineEvent {}
