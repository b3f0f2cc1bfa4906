package io.flowpool.adapter.amqp.outbox;

import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;

/**
 * Runs the outbox as a single-threaded tracking processor over the event store, in batches, and
 * lets a failed publish fail the batch: Axon's default would log the error and move on.
 */
public class OutboxProcessorModule implements ConfigurerModule {

  private final int batchSize;

  public OutboxProcessorModule(int batchSize) {
    this.batchSize = batchSize;
  }

  @Override
  public void configureModule(Configurer configurer) {
    configurer.eventProcessing(
        processing ->
            processing
                .registerTrackingEventProcessor(
                    OutboxForwarder.PROCESSING_GROUP,
                    Configuration::eventStore,
                    config ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                            .andBatchSize(batchSize))
                .registerListenerInvocationErrorHandler(
                    OutboxForwarder.PROCESSING_GROUP,
                    config -> PropagatingErrorHandler.instance()));
  }

  /** The outbox processor, once Axon has built it. */
  static Optional<TrackingEventProcessor> processor(EventProcessingConfiguration processing) {
    return processing.eventProcessor(
        OutboxForwarder.PROCESSING_GROUP, TrackingEventProcessor.class);
  }
}
