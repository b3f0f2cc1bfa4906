package io.flowpool.view.model;

import io.flowpool.common.api.Values;
import io.flowpool.view.api.ViewEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far the view got with one aggregate: the sequence number of the last event it applied (-1
 * before the first) and the events that arrived before their predecessors, held until those arrive.
 * It outlives the aggregate's row, so that a completed task never comes back.
 */
public record ProjectionProgress(
    AggregateRef aggregate, long lastSequence, List<ViewEvent<?>> parked) {

  public ProjectionProgress {
    Values.require(aggregate, "aggregate");
    List<ViewEvent<?>> sorted = new ArrayList<>(parked == null ? List.of() : parked);
    sorted.sort(Comparator.comparingLong(ViewEvent::sequenceNumber));
    parked = List.copyOf(sorted);
  }

  /** Nothing applied yet. */
  public static ProjectionProgress start(AggregateRef aggregate) {
    return new ProjectionProgress(aggregate, -1, List.of());
  }

  /**
   * What to do with an arriving event: a duplicate (at or below the last applied sequence, or
   * already held) changes nothing; an early one is held; the next one is applied, followed by every
   * held event that continues the sequence.
   */
  public SequencePlan accept(ViewEvent<?> event) {
    long sequence = event.sequenceNumber();
    boolean held = parked.stream().anyMatch(p -> p.sequenceNumber() == sequence);
    if (sequence <= lastSequence || held) {
      return new SequencePlan(List.of(), this);
    }
    if (sequence > lastSequence + 1) {
      List<ViewEvent<?>> withEvent = new ArrayList<>(parked);
      withEvent.add(event);
      return new SequencePlan(
          List.of(), new ProjectionProgress(aggregate, lastSequence, withEvent));
    }
    List<ViewEvent<?>> toApply = new ArrayList<>();
    toApply.add(event);
    long last = sequence;
    List<ViewEvent<?>> stillParked = new ArrayList<>();
    for (ViewEvent<?> candidate : parked) {
      if (candidate.sequenceNumber() == last + 1) {
        toApply.add(candidate);
        last = candidate.sequenceNumber();
      } else {
        stillParked.add(candidate);
      }
    }
    return new SequencePlan(toApply, new ProjectionProgress(aggregate, last, stillParked));
  }
}
