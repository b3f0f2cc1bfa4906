package io.flowpool.e2e;

import static io.flowpool.e2e.support.DistributedDeployment.INVOICES;
import static io.flowpool.e2e.support.DistributedDeployment.ORDERS;

import io.flowpool.e2e.support.DistributedDeployment;
import io.flowpool.e2e.support.ViewAudit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** What the fault tests share: a stream of new orders, and the final comparison. */
final class Faults {

  /**
   * Long enough for the outbox's retries (Axon backs off from 1 s, doubling) and the listener's
   * reconnection after an outage of a few seconds.
   */
  static final Duration CONVERGENCE = Duration.ofMinutes(2);

  private Faults() {}

  /** Waits until the platform's view equals every engine's runtime tasks, else fails with why. */
  static ViewAudit.Result awaitConsistent(DistributedDeployment deployment) {
    Instant deadline = Instant.now().plus(CONVERGENCE);
    ViewAudit.Result audit = deployment.audit();
    while (!audit.consistent() && Instant.now().isBefore(deadline)) {
      sleep(Duration.ofMillis(500));
      audit = deployment.audit();
    }
    if (!audit.consistent()) {
      throw new AssertionError(
          "The view does not equal the engines after " + CONVERGENCE + ": " + audit);
    }
    return audit;
  }

  /**
   * Starts {@code count} orders, alternating between the two applications, in the background;
   * {@link Stream#halfway()} opens when half of them are committed.
   */
  static Stream stream(DistributedDeployment deployment, int count) {
    return new Stream(deployment, count);
  }

  static final class Stream {

    private final CountDownLatch halfway = new CountDownLatch(1);
    private final CompletableFuture<List<String>> instances;

    private Stream(DistributedDeployment deployment, int count) {
      instances =
          CompletableFuture.supplyAsync(
              () -> {
                List<String> started = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                  String application = i % 2 == 0 ? ORDERS : INVOICES;
                  String orderId = "s-" + UUID.randomUUID().toString().substring(0, 8);
                  started.add(deployment.engine(application).startOrder(orderId, 10 + i));
                  if (i == count / 2) {
                    halfway.countDown();
                  }
                  sleep(Duration.ofMillis(50));
                }
                return started;
              });
    }

    void halfway() {
      try {
        if (!halfway.await(2, TimeUnit.MINUTES)) {
          throw new AssertionError("the stream of orders did not get halfway");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** The started process instances, once all are committed. */
    List<String> finish() {
      return instances.join();
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
