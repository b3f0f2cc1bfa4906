package io.flowpool.view.api;

import java.util.List;

/**
 * Tasks offered to the user or one of the user's groups; assigned ones too if {@code
 * includeAssigned}.
 */
public record TasksForCandidateUserAndGroupQuery(
    CurrentUser user,
    boolean includeAssigned,
    int page,
    int size,
    List<String> sort,
    List<String> filters)
    implements TaskListQuery {

  public TasksForCandidateUserAndGroupQuery {
    QueryLimits.requireUser(user);
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
