package io.flowpool.common.api;

/** Thrown when a command, event or value object is built from input that breaks its rules. */
public class InvalidValueException extends IllegalArgumentException {

  public InvalidValueException(String message) {
    super(message);
  }
}
