package io.flowpool.view.api;

import java.util.List;

/** Every open task, for administrators: no authorization applies. */
public record AllTasksQuery(int page, int size, List<String> sort, List<String> filters)
    implements TaskListQuery {

  public AllTasksQuery {
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
