package io.flowpool.adapter.amqp.deadletter;

/** A dead letter could not be read or re-driven; it stays in the dead-letter queue. */
public class DeadLetterException extends RuntimeException {

  public DeadLetterException(String message, Throwable cause) {
    super(message, cause);
  }

  public DeadLetterException(String message) {
    super(message);
  }
}
