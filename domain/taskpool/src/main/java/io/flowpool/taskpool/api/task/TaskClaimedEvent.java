package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.SourceReference;

/** Asks the owning engine to assign the task to {@code assignee}. */
public record TaskClaimedEvent(String taskId, SourceReference sourceReference, String assignee)
    implements TaskInteractionEvent {}
