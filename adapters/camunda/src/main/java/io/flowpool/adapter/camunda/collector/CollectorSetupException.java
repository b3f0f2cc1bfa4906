package io.flowpool.adapter.camunda.collector;

/** The collector cannot work the way the engine or the application is set up. */
public class CollectorSetupException extends IllegalStateException {

  public CollectorSetupException(String message) {
    super(message);
  }
}
