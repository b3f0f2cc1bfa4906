package io.flowpool.adapter.amqp.enginecommand;

/** Engine commands cannot start because the configuration lacks something they need. */
public class EngineCommandSetupException extends IllegalStateException {

  public EngineCommandSetupException(String message) {
    super(message);
  }
}
