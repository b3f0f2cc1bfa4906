package io.flowpool.view.api;

import java.util.List;

/** Tasks offered to one of the user's groups; assigned ones too if {@code includeAssigned}. */
public record TasksForGroupQuery(
    CurrentUser user,
    boolean includeAssigned,
    int page,
    int size,
    List<String> sort,
    List<String> filters)
    implements TaskListQuery {

  public TasksForGroupQuery {
    QueryLimits.requireUser(user);
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
