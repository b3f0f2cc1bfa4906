package io.flowpool.adapter.amqp.viewchange;

/** A view-changes message that can never become a list of changes (broken JSON, unknown type). */
public class UnreadableViewChangesException extends RuntimeException {

  public UnreadableViewChangesException(String message) {
    super(message);
  }

  public UnreadableViewChangesException(String message, Throwable cause) {
    super(message, cause);
  }
}
