package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.Values;
import java.time.Instant;

/**
 * The engine reports the task's attributes after a change. Payload and correlations replace the old
 * ones only if {@code enriched}; a null businessKey keeps the old one.
 *
 * @param unchanged true if the engine saw no property change (the update carries nothing new)
 */
public record UpdateTaskAttributesCommand(
    String taskId,
    String businessKey,
    Payload payload,
    Correlations correlations,
    boolean enriched,
    String description,
    Instant dueDate,
    Instant followUpDate,
    String name,
    String owner,
    int priority,
    boolean unchanged)
    implements EngineTaskCommand {

  public UpdateTaskAttributesCommand {
    Values.requireText(taskId, "taskId");
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
  }

  @Override
  public int order() {
    return ORDER_ATTRIBUTES;
  }

  @Override
  public String eventName() {
    return "attribute-update";
  }
}
