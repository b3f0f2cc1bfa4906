package io.flowpool.adapter.amqp.outbox;

/**
 * How far the outbox got, as an operator and a health check see it.
 *
 * @param running the processor runs
 * @param error the processor is in error (a batch failed and is being retried with back-off)
 * @param replaying the processor re-publishes events it had forwarded before a reset
 * @param position global index of the last event forwarded, null before the processor reported (or
 *     right after a reset, before the first event)
 * @param head global index of the latest stored event, -1 for an empty store
 * @param behind events stored but not yet confirmed by the broker ({@code head - position}), null
 *     while the position is unknown
 */
public record OutboxStatus(
    boolean running, boolean error, boolean replaying, Long position, long head, Long behind) {

  static OutboxStatus of(
      boolean running, boolean error, boolean replaying, Long position, long head) {
    Long behind = position == null ? null : Math.max(0, head - position);
    return new OutboxStatus(running, error, replaying, position, head, behind);
  }

  /** The processor is missing altogether. */
  static OutboxStatus absent(long head) {
    return new OutboxStatus(false, false, false, null, head, null);
  }
}
