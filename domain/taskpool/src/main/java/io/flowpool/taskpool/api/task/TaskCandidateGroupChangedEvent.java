package io.flowpool.taskpool.api.task;

/** One candidate group was added or removed. */
public record TaskCandidateGroupChangedEvent(String taskId, String groupId, CandidateChange change)
    implements TaskEngineEvent {}
