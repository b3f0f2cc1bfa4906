package io.flowpool.view.api;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.Values;
import java.time.Instant;

/**
 * A taskpool or datapool event as the view receives it: with the id of the aggregate that emitted
 * it and its sequence number there (0 for the aggregate's first event), which the view uses to drop
 * duplicates and to hold back events that overtook their predecessors.
 *
 * @param aggregateId task id, process instance id, process definition id, or {@code type#id} of a
 *     data entry
 * @param timestamp when the event was emitted
 */
public record ViewEvent<E>(String aggregateId, long sequenceNumber, Instant timestamp, E event) {

  public ViewEvent {
    Values.requireText(aggregateId, "aggregateId");
    if (sequenceNumber < 0) {
      throw new InvalidValueException(
          "sequenceNumber must not be negative, got " + sequenceNumber + " for " + aggregateId);
    }
    Values.require(timestamp, "timestamp");
    Values.require(event, "event");
  }
}
