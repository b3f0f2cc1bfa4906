package io.flowpool.adapter.axon.view;

import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.port.in.ProjectEventUseCase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;

/**
 * Feeds every stored domain event to the view's projection, with its aggregate id and sequence
 * number (the view's sequence guard needs both). Runs in its own streaming processing group over
 * the event store, so a view that fails never rolls back the engine, and the processor's token
 * commits in the same transaction as the view's rows when both share the database.
 */
@ProcessingGroup(ViewProjectionForwarder.PROCESSING_GROUP)
public class ViewProjectionForwarder {

  public static final String PROCESSING_GROUP = "flowpool-view";

  private final ProjectEventUseCase projection;

  public ViewProjectionForwarder(ProjectEventUseCase projection) {
    this.projection = projection;
  }

  @EventHandler
  public void on(Object event, DomainEventMessage<?> message) {
    projection.project(
        new ViewEvent<>(
            message.getAggregateIdentifier(),
            message.getSequenceNumber(),
            message.getTimestamp(),
            event));
  }
}
