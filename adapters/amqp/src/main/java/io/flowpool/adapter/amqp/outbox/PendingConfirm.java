package io.flowpool.adapter.amqp.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.CorrelationData;

/** One published event waiting for the broker's confirm. */
record PendingConfirm(String eventId, CorrelationData correlation) {

  /**
   * Waits until the deadline for a positive confirm of a routed message.
   *
   * @throws OutboxPublishException on a nack, a return (unroutable), a timeout or an interrupt
   */
  void await(Instant deadline) {
    CorrelationData.Confirm confirm;
    try {
      long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
      confirm = correlation.getFuture().get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new OutboxPublishException("No publisher confirm in time for event " + eventId, e);
    } catch (ExecutionException e) {
      throw new OutboxPublishException("Publisher confirm failed for event " + eventId, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OutboxPublishException("Interrupted waiting for the confirm of " + eventId, e);
    }
    if (!confirm.isAck()) {
      throw new OutboxPublishException(
          "Broker refused event " + eventId + ": " + confirm.getReason());
    }
    ReturnedMessage returned = correlation.getReturned();
    if (returned != null) {
      throw new OutboxPublishException(
          "Event "
              + eventId
              + " is unroutable on "
              + returned.getExchange()
              + " with key "
              + returned.getRoutingKey()
              + ": "
              + returned.getReplyText());
    }
  }
}
