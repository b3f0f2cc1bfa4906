package io.flowpool.adapter.amqp.outbox;

/** The broker did not take an event (nack, unroutable, no confirm in time): the batch retries. */
public class OutboxPublishException extends RuntimeException {

  public OutboxPublishException(String message) {
    super(message);
  }

  public OutboxPublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
