package io.flowpool.view.api;

import java.util.List;

/**
 * A paged task query with sort ({@code +field} / {@code -field}) and filters ({@code
 * name<op>value}); see the view's README for the grammar.
 */
public sealed interface TaskListQuery extends TaskQuery
    permits TasksForUserQuery,
        TasksForGroupQuery,
        TasksForCandidateUserAndGroupQuery,
        AllTasksQuery,
        TasksForApplicationQuery,
        TasksWithDataEntriesForUserQuery,
        TasksWithDataEntriesForGroupQuery {

  int page();

  int size();

  List<String> sort();

  List<String> filters();
}
