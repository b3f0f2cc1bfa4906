package io.flowpool.adapter.amqp.outbox;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * Re-publishes the whole event store from the first event, so that a view can be rebuilt from
 * scratch (the broker keeps no history): the outbox processor stops, its token goes back to the
 * start and it runs again. Views that already have the events drop them by their sequence guard.
 *
 * <p>Where the application runs as several replicas on one token store, only the replica whose
 * processor holds the token claim can reset it: Axon's reset claims every segment and fails while
 * another node holds one (the claim's owner renews it; it expires only when the owner stops doing
 * so, after the token store's claim timeout).
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
   * @throws OutboxClaimedElsewhereException if another replica holds the outbox's token claim
   * @throws IllegalStateException if there is no outbox processor
   */
  public synchronized void start() {
    TrackingEventProcessor processor =
        OutboxProcessorModule.processor(processing)
            .orElseThrow(() -> new IllegalStateException("No outbox processor is configured"));
    if (claimedElsewhere()) {
      // leaves this replica's processor running: it holds nothing to reset, and a restart would
      // try to claim at once, possibly in the moment the owner released its claim for a replay
      throw new OutboxClaimedElsewhereException(
          "Another replica holds the outbox's token claim: only it can replay the outbox", null);
    }
    processor.shutDown();
    try {
      processor.resetTokens();
    } catch (RuntimeException e) {
      if (claimedElsewhere(e)) {
        throw new OutboxClaimedElsewhereException(
            "Another replica holds the outbox's token claim: only it can replay the outbox", e);
      }
      throw e;
    } finally {
      // a failed reset (the database, a claim held elsewhere) must not leave the outbox stopped;
      // on a replica without the claim, the restarted processor just waits for one again
      processor.start();
    }
  }

  /**
   * Whether another node holds a live claim on one of the outbox's segments. Read without a lock; a
   * claim taken after this look is still caught by the reset itself.
   */
  private boolean claimedElsewhere() {
    String name = OutboxForwarder.PROCESSING_GROUP;
    TokenStore tokens = processing.tokenStore(name);
    return processing
        .transactionManager(name)
        .fetchInTransaction(
            () -> tokens.fetchAvailableSegments(name).size() < tokens.fetchSegments(name).length);
  }

  private static boolean claimedElsewhere(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnableToClaimTokenException) {
        return true;
      }
    }
    return false;
  }
}
