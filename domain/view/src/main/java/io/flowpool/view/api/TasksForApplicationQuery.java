package io.flowpool.view.api;

import java.util.List;

/** Every open task of one application, for administrators: no authorization applies. */
public record TasksForApplicationQuery(
    String applicationName, int page, int size, List<String> sort, List<String> filters)
    implements TaskListQuery {

  public TasksForApplicationQuery {
    QueryLimits.requireText(applicationName, "applicationName");
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
