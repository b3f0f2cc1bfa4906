package io.flowpool.view.api;

import java.util.List;

/**
 * Tasks the user may work on: as assignee, candidate user or member of a candidate group. With
 * {@code assignedToMeOnly} only the tasks assigned to the user; with {@code involvementsOnly} only
 * those whose correlated data entries name the user in their protocol (both together: either).
 */
public record TasksForUserQuery(
    CurrentUser user,
    boolean assignedToMeOnly,
    boolean involvementsOnly,
    int page,
    int size,
    List<String> sort,
    List<String> filters)
    implements TaskListQuery {

  public TasksForUserQuery {
    QueryLimits.requireUser(user);
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
