package io.flowpool.view.api;

import java.util.List;

/**
 * {@link TasksForGroupQuery}, each task with the correlated data entries the user may see; {@code
 * data.} filters and the payload of those entries take part in filtering.
 */
public record TasksWithDataEntriesForGroupQuery(
    CurrentUser user,
    boolean includeAssigned,
    int page,
    int size,
    List<String> sort,
    List<String> filters)
    implements TaskListQuery {

  public TasksWithDataEntriesForGroupQuery {
    QueryLimits.requireUser(user);
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
