package io.flowpool.view.api;

/**
 * The process definitions the user may start from the tasklist: startable from the tasklist, and
 * the user or one of the user's groups is a candidate starter.
 */
public record ProcessDefinitionsStartableByUserQuery(CurrentUser user) {

  public ProcessDefinitionsStartableByUserQuery {
    QueryLimits.requireUser(user);
  }
}
