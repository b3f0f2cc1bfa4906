package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.SourceReference;

/**
 * A user's request, accepted by the task's decider, for the owning engine to carry out. It carries
 * the source reference so the engine client can tell whether it is addressed to its application.
 */
public sealed interface TaskInteractionEvent extends TaskEvent
    permits TaskClaimedEvent,
        TaskUnclaimedEvent,
        TaskToBeCompletedEvent,
        TaskDeferredEvent,
        TaskUndeferredEvent {

  SourceReference sourceReference();
}
