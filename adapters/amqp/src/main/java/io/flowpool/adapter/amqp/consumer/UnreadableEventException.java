package io.flowpool.adapter.amqp.consumer;

/** A message that can never become a view event (not ours, no aggregate, broken body). */
public class UnreadableEventException extends RuntimeException {

  public UnreadableEventException(String message) {
    super(message);
  }

  public UnreadableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
