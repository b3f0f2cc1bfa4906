package io.flowpool.adapter.amqp.rebuild;

/** A view-rebuild request could not be sent (no confirm in time, refused by the broker). */
public class ViewRebuildException extends RuntimeException {

  public ViewRebuildException(String message) {
    super(message);
  }

  public ViewRebuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
