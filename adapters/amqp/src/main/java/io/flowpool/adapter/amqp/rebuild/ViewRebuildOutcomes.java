package io.flowpool.adapter.amqp.rebuild;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what a process application replica did with the rebuild requests it received: {@code
 * flowpool.view-rebuild.requests} by {@code outcome}.
 */
public class ViewRebuildOutcomes {

  static final String METER = "flowpool.view-rebuild.requests";

  private final Counter replayed;
  private final Counter handedOn;
  private final Counter dropped;
  private final Counter failed;

  public ViewRebuildOutcomes(MeterRegistry registry) {
    this.replayed = counter(registry, "replayed");
    this.handedOn = counter(registry, "handed-on");
    this.dropped = counter(registry, "dropped");
    this.failed = counter(registry, "failed");
  }

  /** This replica started the replay. */
  void replayed() {
    replayed.increment();
  }

  /** Another replica holds the outbox claim: the request went back to the queue for it. */
  void handedOn() {
    handedOn.increment();
  }

  /**
   * Lost: handed on too often (nobody could serve it), or failed on the last delivery the queue's
   * delivery limit allows.
   */
  void dropped() {
    dropped.increment();
  }

  /**
   * The reset failed for another reason, or the hand-on copy was not confirmed: the request is
   * returned to the queue (and dropped there after its last delivery).
   */
  void failed() {
    failed.increment();
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder(METER)
        .description("View-rebuild requests a process application replica received, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
