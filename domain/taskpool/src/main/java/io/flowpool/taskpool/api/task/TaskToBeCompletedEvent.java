package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;

/** Asks the owning engine to complete the task with this payload. */
public record TaskToBeCompletedEvent(
    String taskId, SourceReference sourceReference, Payload payload)
    implements TaskInteractionEvent {

  public TaskToBeCompletedEvent {
    payload = payload == null ? Payload.empty() : payload;
  }
}
