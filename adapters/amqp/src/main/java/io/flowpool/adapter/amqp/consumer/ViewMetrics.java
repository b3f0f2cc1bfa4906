package io.flowpool.adapter.amqp.consumer;

import io.flowpool.view.api.ViewEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;

/**
 * What the view consumer counts: messages by outcome, dead letters by reason, and the view lag
 * (from an event's timestamp to the commit of its projection).
 */
public class ViewMetrics {

  static final String CONSUMED = "flowpool.view.consumed";
  static final String DEAD_LETTERED = "flowpool.view.dead-lettered";
  static final String LAG = "flowpool.view.lag";

  private final Counter projected;
  private final Counter retried;
  private final Counter deadLettered;
  private final Counter unreadable;
  private final Counter exhausted;
  private final Timer lag;
  private final Clock clock;

  public ViewMetrics(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    projected = consumed(registry, "projected");
    retried = consumed(registry, "retried");
    deadLettered = consumed(registry, "dead-lettered");
    unreadable = deadLettered(registry, "rejected");
    exhausted = deadLettered(registry, "delivery_limit");
    lag =
        Timer.builder(LAG)
            .description("From an event's timestamp to the commit of its projection")
            .publishPercentiles(0.5, 0.99)
            .publishPercentileHistogram()
            .register(registry);
  }

  void projected(ViewEvent<?> event) {
    projected.increment();
    Duration behind = Duration.between(event.timestamp(), clock.instant());
    lag.record(behind.isNegative() ? Duration.ZERO : behind);
  }

  void retried() {
    retried.increment();
  }

  /** Rejected at once: the message can never be read. */
  void unreadable() {
    deadLettered.increment();
    unreadable.increment();
  }

  /** Returned for the last time: the queue dead-letters it at its delivery limit. */
  void exhausted() {
    deadLettered.increment();
    exhausted.increment();
  }

  private static Counter consumed(MeterRegistry registry, String outcome) {
    return Counter.builder(CONSUMED)
        .description("Messages of the view queue handled, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private static Counter deadLettered(MeterRegistry registry, String reason) {
    return Counter.builder(DEAD_LETTERED)
        .description("Messages of the view queue dead-lettered, by reason")
        .tag("reason", reason)
        .register(registry);
  }
}
