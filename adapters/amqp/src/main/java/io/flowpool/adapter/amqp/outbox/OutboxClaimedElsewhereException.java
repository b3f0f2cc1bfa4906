package io.flowpool.adapter.amqp.outbox;

/**
 * The outbox cannot be reset here: another replica of the application (a node on the same database)
 * holds the outbox processor's token claim, and only the claim's holder may reset it.
 */
public class OutboxClaimedElsewhereException extends RuntimeException {

  public OutboxClaimedElsewhereException(String message, Throwable cause) {
    super(message, cause);
  }
}
