package io.flowpool.adapter.amqp.outbox;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The outbox: a streaming processor over the event store hands every committed domain event to this
 * handler, which collects the batch and publishes it just before the batch commits, waiting for
 * every confirm. A refused or unconfirmed event fails the batch, so its token stays and the batch
 * is retried (at-least-once; the view's sequence guard drops the duplicates). Events of a
 * rolled-back transaction never reach the store, so they are never published.
 */
@ProcessingGroup(OutboxForwarder.PROCESSING_GROUP)
public class OutboxForwarder {

  public static final String PROCESSING_GROUP = "flowpool-outbox";

  private static final String BATCH = OutboxForwarder.class.getName() + ".batch";

  private final ConfirmedPublisher publisher;

  public OutboxForwarder(ConfirmedPublisher publisher) {
    this.publisher = publisher;
  }

  @EventHandler
  public void on(Object event, EventMessage<?> message) {
    if (!(message instanceof DomainEventMessage<?>)) {
      return; // only aggregate events carry the id and sequence number the view needs
    }
    if (CurrentUnitOfWork.isStarted()) {
      batchOf(CurrentUnitOfWork.get().root()).add(message);
    } else {
      publisher.publishAll(List.of(message));
    }
  }

  private List<EventMessage<?>> batchOf(UnitOfWork<?> unitOfWork) {
    return unitOfWork.getOrComputeResource(
        BATCH,
        key -> {
          List<EventMessage<?>> batch = new ArrayList<>();
          unitOfWork.onPrepareCommit(committing -> publisher.publishAll(batch));
          return batch;
        });
  }
}
