package io.flowpool.adapter.amqp.outbox;

import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * Actuator endpoint {@code flowpool-outbox}: write re-publishes the whole event store, from the
 * first event, so that a view can be rebuilt from scratch (the broker keeps no history). Views that
 * already have the events drop them by their sequence guard.
 */
@Endpoint(id = "flowpool-outbox")
public class OutboxReplayEndpoint {

  private final EventProcessingConfiguration processing;

  public OutboxReplayEndpoint(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  @WriteOperation
  public Map<String, String> replay() {
    TrackingEventProcessor processor =
        processing
            .eventProcessor(OutboxForwarder.PROCESSING_GROUP, TrackingEventProcessor.class)
            .orElseThrow(() -> new IllegalStateException("No outbox processor is running"));
    processor.shutDown();
    processor.resetTokens();
    processor.start();
    return Map.of("replay", "started");
  }
}
