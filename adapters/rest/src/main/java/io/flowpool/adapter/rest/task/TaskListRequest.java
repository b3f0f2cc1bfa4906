package io.flowpool.adapter.rest.task;

import io.flowpool.adapter.rest.web.QueryParameters;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.TaskListQuery;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import java.util.List;

/** The parameters of the task list and its live stream, and the query they ask. */
record TaskListRequest(
    int page,
    int size,
    List<String> sort,
    List<String> filter,
    boolean assignedToMe,
    boolean involvementsOnly,
    boolean withDataEntries) {

  TaskListQuery query(CurrentUser user) {
    List<String> sorts = QueryParameters.sort(sort);
    List<String> filters = QueryParameters.filters(filter);
    if (withDataEntries) {
      return new TasksWithDataEntriesForUserQuery(
          user, assignedToMe, involvementsOnly, page, size, sorts, filters);
    }
    return new TasksForUserQuery(user, assignedToMe, involvementsOnly, page, size, sorts, filters);
  }
}
