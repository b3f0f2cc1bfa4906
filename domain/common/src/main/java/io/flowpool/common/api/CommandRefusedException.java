package io.flowpool.common.api;

/**
 * A decider refused a command; nothing happened. The {@link #reason()} is a stable,
 * machine-readable code (e.g. {@code TASK_COMPLETED}) that travels back to whoever sent the
 * command; the message explains it to a person.
 */
public abstract class CommandRefusedException extends RuntimeException {

  private final String reason;

  protected CommandRefusedException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
