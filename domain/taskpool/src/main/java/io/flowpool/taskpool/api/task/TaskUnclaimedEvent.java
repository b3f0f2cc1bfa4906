package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.SourceReference;

/** Asks the owning engine to remove the task's assignee. */
public record TaskUnclaimedEvent(String taskId, SourceReference sourceReference)
    implements TaskInteractionEvent {}
