package io.flowpool.adapter.amqp.outbox;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code flowpoolOutbox} in the health endpoint: DOWN while the outbox processor is stopped or in
 * error (nothing reaches the broker), UP otherwise with how far it is behind the event store. A lag
 * above the warning threshold is named in the details; the status stays UP, since a busy outbox is
 * healthy.
 */
public class OutboxHealthIndicator extends AbstractHealthIndicator {

  private final OutboxProgress progress;
  private final long lagWarning;

  /**
   * @param lagWarning events behind above which the details warn, non-positive for never
   */
  public OutboxHealthIndicator(OutboxProgress progress, long lagWarning) {
    super("Outbox health check failed");
    this.progress = progress;
    this.lagWarning = lagWarning;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    OutboxStatus status = progress.status();
    if (!status.running() || status.error()) {
      builder.down();
    } else {
      builder.up();
    }
    builder
        .withDetail("running", status.running())
        .withDetail("error", status.error())
        .withDetail("replaying", status.replaying())
        .withDetail("head", status.head());
    if (status.position() != null) {
      builder.withDetail("position", status.position()).withDetail("behind", status.behind());
    }
    if (lagWarning > 0 && status.behind() != null && status.behind() > lagWarning) {
      builder.withDetail(
          "warning", "outbox is " + status.behind() + " events behind (over " + lagWarning + ")");
    }
  }
}
