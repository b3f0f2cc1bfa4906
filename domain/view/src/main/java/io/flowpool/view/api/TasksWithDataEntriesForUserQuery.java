package io.flowpool.view.api;

import java.util.List;

/**
 * {@link TasksForUserQuery}, each task with the correlated data entries the user may see; {@code
 * data.} filters and the payload of those entries take part in filtering.
 */
public record TasksWithDataEntriesForUserQuery(
    CurrentUser user,
    boolean assignedToMeOnly,
    boolean involvementsOnly,
    int page,
    int size,
    List<String> sort,
    List<String> filters)
    implements TaskListQuery {

  public TasksWithDataEntriesForUserQuery {
    QueryLimits.requireUser(user);
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
