package io.flowpool.taskpool.api.task;

/** The engine completed the task; nothing will change it again. */
public record TaskCompletedEvent(String taskId) implements TaskEngineEvent {}
