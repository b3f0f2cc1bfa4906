package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.SourceReference;

/** Asks the owning engine to clear the task's follow-up date. */
public record TaskUndeferredEvent(String taskId, SourceReference sourceReference)
    implements TaskInteractionEvent {}
