package io.flowpool.taskpool.api.task;

/** One candidate user was added or removed. */
public record TaskCandidateUserChangedEvent(String taskId, String userId, CandidateChange change)
    implements TaskEngineEvent {}
