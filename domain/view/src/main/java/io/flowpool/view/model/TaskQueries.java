package io.flowpool.view.model;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.view.api.AllTasksQuery;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskListQuery;
import io.flowpool.view.api.TaskQuery;
import io.flowpool.view.api.TaskWithDataEntriesForIdQuery;
import io.flowpool.view.api.TasksForApplicationQuery;
import io.flowpool.view.api.TasksForCandidateUserAndGroupQuery;
import io.flowpool.view.api.TasksForGroupQuery;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForGroupQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import java.util.List;

/** Turns a task query into a selection: parses its filters and sort, checks its page. */
public final class TaskQueries {

  private TaskQueries() {}

  public static CompiledTaskQuery compile(TaskQuery query) {
    if (query instanceof TaskForIdQuery byId) {
      return byId(TaskAccess.forTask(byId.taskId(), byId.user()), false);
    }
    if (query instanceof TaskWithDataEntriesForIdQuery byId) {
      return byId(TaskAccess.forTask(byId.taskId(), byId.user()), true);
    }
    TaskListQuery list = (TaskListQuery) query;
    boolean withDataEntries =
        list instanceof TasksWithDataEntriesForUserQuery
            || list instanceof TasksWithDataEntriesForGroupQuery;
    TaskSelection selection =
        new TaskSelection(
            accessOf(list),
            FilterParser.taskFilter(list.filters(), withDataEntries),
            SortParser.taskSort(list.sort()));
    return new CompiledTaskQuery(
        selection, new PageRequest(list.page(), list.size()), withDataEntries);
  }

  private static CompiledTaskQuery byId(TaskAccess access, boolean withDataEntries) {
    TaskSelection selection =
        new TaskSelection(access, TaskFilter.NONE, SortParser.taskSort(List.of()));
    return new CompiledTaskQuery(selection, new PageRequest(0, 1), withDataEntries);
  }

  private static TaskAccess accessOf(TaskListQuery query) {
    if (query instanceof TasksForUserQuery q) {
      return TaskAccess.forUser(q.user(), q.assignedToMeOnly(), q.involvementsOnly());
    }
    if (query instanceof TasksWithDataEntriesForUserQuery q) {
      return TaskAccess.forUser(q.user(), q.assignedToMeOnly(), q.involvementsOnly());
    }
    if (query instanceof TasksForGroupQuery q) {
      return TaskAccess.forGroups(q.user(), q.includeAssigned());
    }
    if (query instanceof TasksWithDataEntriesForGroupQuery q) {
      return TaskAccess.forGroups(q.user(), q.includeAssigned());
    }
    if (query instanceof TasksForCandidateUserAndGroupQuery q) {
      return TaskAccess.forCandidate(q.user(), q.includeAssigned());
    }
    if (query instanceof TasksForApplicationQuery q) {
      return TaskAccess.ofApplication(q.applicationName());
    }
    if (query instanceof AllTasksQuery) {
      return TaskAccess.everyone();
    }
    // a new query type must say whose rows it may read; never default to everyone's
    throw new InvalidValueException("no access rule for " + query.getClass().getName());
  }
}
