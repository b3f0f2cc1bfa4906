package io.flowpool.view.api;

/**
 * Up to {@code limit} distinct values of one payload path ({@code a.b.c}) over the tasks the user
 * may see (only those assigned to the user if {@code assignedToMeOnly}), to offer as filter values.
 */
public record TaskAttributeValuesQuery(
    String attributeName, CurrentUser user, boolean assignedToMeOnly, int limit) {

  public TaskAttributeValuesQuery {
    QueryLimits.requireText(attributeName, "attributeName");
    QueryLimits.requireUser(user);
    QueryLimits.checkPage(0, limit);
  }
}
