package io.flowpool.adapter.amqp.outbox;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads the outbox's state: whether its processor runs, is in error or replays, and how far its
 * token is behind the latest stored event.
 */
public class OutboxProgress {

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;

  public OutboxProgress(EventProcessingConfiguration processing, EventStore eventStore) {
    this.processing = processing;
    this.eventStore = eventStore;
  }

  public OutboxStatus status() {
    long head = position(eventStore.createHeadToken()).orElse(-1);
    Optional<TrackingEventProcessor> found = OutboxProcessorModule.processor(processing);
    if (found.isEmpty()) {
      return OutboxStatus.absent(head);
    }
    TrackingEventProcessor processor = found.get();
    Collection<EventTrackerStatus> segments = processor.processingStatus().values();
    boolean error =
        processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState);
    boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
    return OutboxStatus.of(processor.isRunning(), error, replaying, position(segments), head);
  }

  /** Events stored but not yet forwarded, NaN while unknown (for a gauge). */
  public double behind() {
    Long behind = status().behind();
    return behind == null ? Double.NaN : behind;
  }

  /** The slowest segment's position (the outbox has one), null if none has reported yet. */
  private static Long position(Collection<EventTrackerStatus> segments) {
    Long slowest = null;
    for (EventTrackerStatus segment : segments) {
      OptionalLong position = segment.getCurrentPosition();
      if (position.isEmpty()) {
        return null;
      }
      slowest = slowest == null ? position.getAsLong() : Math.min(slowest, position.getAsLong());
    }
    return slowest;
  }

  private static OptionalLong position(TrackingToken token) {
    return token == null ? OptionalLong.empty() : token.position();
  }
}
