package io.flowpool.adapter.amqp.enginecommand;

import io.flowpool.common.api.CommandRefusedException;

/**
 * The owning application answered, or could not be reached, and the command was not accepted.
 * Carries the owner's reason code (e.g. {@code TASK_CHANGED}) or one of the transport reasons
 * below.
 */
public class EngineCommandRefusedException extends CommandRefusedException {

  /** No application with the owner's name listens for engine commands. */
  public static final String ENGINE_UNKNOWN = "ENGINE_UNKNOWN";

  /** The owner did not answer in time; the command may still be applied. */
  public static final String ENGINE_UNAVAILABLE = "ENGINE_UNAVAILABLE";

  /** The owner could not read the command (unknown type, malformed JSON, invalid values). */
  public static final String INVALID_COMMAND = "INVALID_COMMAND";

  /** The owner failed unexpectedly; its log holds the details. */
  public static final String ENGINE_ERROR = "ENGINE_ERROR";

  public EngineCommandRefusedException(String reason, String message) {
    super(reason, message);
  }
}
