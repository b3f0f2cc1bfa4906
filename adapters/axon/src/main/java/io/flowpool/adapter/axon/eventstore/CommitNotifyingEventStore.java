package io.flowpool.adapter.axon.eventstore;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, telling its streaming processors (the outbox, a single node's view)
 * about new events only once they are in the database. Axon tells them when its unit of work
 * commits, which inside the engine's transaction is before the database commit: a processor woken
 * then reads nothing and sleeps for the fetch delay (a second) or until the next engine commit.
 * Here the news waits for the surrounding Spring transaction's commit.
 */
public class CommitNotifyingEventStore extends EmbeddedEventStore {

  public CommitNotifyingEventStore(EmbeddedEventStore.Builder builder) {
    super(builder);
  }

  @Override
  protected void afterCommit(List<? extends EventMessage<?>> events) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      super.afterCommit(events); // Axon's own transaction has committed already
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            notifyProcessors(events);
          }
        });
  }

  private void notifyProcessors(List<? extends EventMessage<?>> events) {
    super.afterCommit(events);
  }
}
