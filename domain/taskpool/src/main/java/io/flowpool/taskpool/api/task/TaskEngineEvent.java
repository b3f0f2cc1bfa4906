package io.flowpool.taskpool.api.task;

/** An event that changes the task: the engine reported it. */
public sealed interface TaskEngineEvent extends TaskEvent
    permits TaskCreatedEvent,
        TaskAssignedEvent,
        TaskAttributesUpdatedEvent,
        TaskCandidateUserChangedEvent,
        TaskCandidateGroupChangedEvent,
        TaskCompletedEvent,
        TaskDeletedEvent {}
