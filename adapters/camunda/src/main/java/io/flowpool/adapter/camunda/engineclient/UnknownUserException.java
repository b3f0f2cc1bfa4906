package io.flowpool.adapter.camunda.engineclient;

import io.flowpool.common.api.CommandRefusedException;

/** A task was to be assigned to a user the engine's identity service does not know. */
public class UnknownUserException extends CommandRefusedException {

  public static final String REASON = "USER_UNKNOWN";

  public UnknownUserException(String userId) {
    super(REASON, "the engine knows no user " + userId);
  }
}
