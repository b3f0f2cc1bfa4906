package io.flowpool.view.api;

/**
 * The distinct payload paths ({@code a.b.c}) of the tasks the user may see (only those assigned to
 * the user if {@code assignedToMeOnly}), to offer as filter names.
 */
public record TaskAttributeNamesQuery(CurrentUser user, boolean assignedToMeOnly) {

  public TaskAttributeNamesQuery {
    QueryLimits.requireUser(user);
  }
}
