package io.flowpool.adapter.amqp.outbox;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;

/**
 * Re-publishes the whole event store from the first event, so that a view can be rebuilt from
 * scratch (the broker keeps no history): the outbox processor stops, its token goes back to the
 * start and it runs again. Views that already have the events drop them by their sequence guard.
 */
public class OutboxReplay {

  private final EventProcessingConfiguration processing;

  public OutboxReplay(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  /**
   * Starts the replay and returns once the processor runs again from the first event.
   *
   * @throws IllegalStateException if there is no outbox processor
   */
  public void start() {
    TrackingEventProcessor processor =
        OutboxProcessorModule.processor(processing)
            .orElseThrow(() -> new IllegalStateException("No outbox processor is configured"));
    processor.shutDown();
    processor.resetTokens();
    processor.start();
  }
}
