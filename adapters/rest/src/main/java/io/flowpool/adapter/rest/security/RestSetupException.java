package io.flowpool.adapter.rest.security;

/** The tasklist API cannot start the way it is configured. */
public class RestSetupException extends IllegalStateException {

  public RestSetupException(String message) {
    super(message);
  }
}
