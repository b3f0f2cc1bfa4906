package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import java.time.Instant;

/** The task's attributes after an update: the effective values, not the raw command. */
public record TaskAttributesUpdatedEvent(
    String taskId,
    String businessKey,
    Payload payload,
    Correlations correlations,
    String description,
    Instant dueDate,
    Instant followUpDate,
    String name,
    String owner,
    int priority)
    implements TaskEngineEvent {

  public TaskAttributesUpdatedEvent {
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
  }
}
