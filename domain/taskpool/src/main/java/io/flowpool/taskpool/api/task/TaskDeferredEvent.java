package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.SourceReference;
import java.time.Instant;

/** Asks the owning engine to set the task's follow-up date. */
public record TaskDeferredEvent(
    String taskId, SourceReference sourceReference, Instant followUpDate)
    implements TaskInteractionEvent {}
