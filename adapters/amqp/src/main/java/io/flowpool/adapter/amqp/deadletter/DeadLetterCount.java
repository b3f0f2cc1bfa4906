package io.flowpool.adapter.amqp.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The number of dead letters for a gauge, asked from the broker at most once per {@code maxAge}:
 * several registries or a fast scrape read the cached value. NaN while the broker cannot say.
 */
public class DeadLetterCount {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterCount.class);

  private final LongSupplier broker;
  private final Duration maxAge;
  private final Clock clock;
  private double value = Double.NaN;
  private Instant readAt;

  public DeadLetterCount(LongSupplier broker, Duration maxAge, Clock clock) {
    this.broker = broker;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  public synchronized double value() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(maxAge))) {
      readAt = now;
      try {
        value = broker.getAsLong();
      } catch (RuntimeException e) {
        LOG.debug("Cannot count the dead letters: {}", e.toString());
        value = Double.NaN;
      }
    }
    return value;
  }
}
