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
   * Starts the replay and returns once the processor runs again from the first event. If the reset
   * fails, the processor runs on from where it was and the failure is thrown.
   *
   * @throws IllegalStateException if there is no outbox processor
   */
  public synchronized void start() {
    TrackingEventProcessor processor =
        OutboxProcessorModule.processor(processing)
            .orElseThrow(() -> new IllegalStateException("No outbox processor is configured"));
    processor.shutDown();
    try {
      processor.resetTokens();
    } finally {
      // a failed reset (say, the database) must not leave the outbox stopped
      processor.start();
    }
  }
}
