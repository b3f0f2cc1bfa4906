package io.flowpool.adapter.amqp.enginecommand;

/**
 * The owner's answer to an engine command, as it travels in JSON: {@code {"outcome":"ACCEPTED"}} or
 * {@code {"outcome":"REFUSED","reason":"TASK_CHANGED","message":"..."}}.
 */
public record EngineCommandReply(Outcome outcome, String reason, String message) {

  /** Whether the owner applied the command. */
  public enum Outcome {
    ACCEPTED,
    REFUSED
  }

  public static EngineCommandReply accepted() {
    return new EngineCommandReply(Outcome.ACCEPTED, null, null);
  }

  public static EngineCommandReply refused(String reason, String message) {
    return new EngineCommandReply(Outcome.REFUSED, reason, message);
  }
}
