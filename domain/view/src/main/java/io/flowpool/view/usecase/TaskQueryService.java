package io.flowpool.view.usecase;

import io.flowpool.common.api.Values;
import io.flowpool.view.api.AllTasksQuery;
import io.flowpool.view.api.ApplicationTaskCount;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskAttributeNamesQuery;
import io.flowpool.view.api.TaskAttributeValuesQuery;
import io.flowpool.view.api.TaskCountByApplicationQuery;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskListQuery;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.api.TaskWithDataEntriesForIdQuery;
import io.flowpool.view.api.TasksForApplicationQuery;
import io.flowpool.view.api.TasksForCandidateUserAndGroupQuery;
import io.flowpool.view.api.TasksForGroupQuery;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForGroupQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import io.flowpool.view.model.CompiledTaskQuery;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskQueries;
import io.flowpool.view.model.ViewAuthorization;
import io.flowpool.view.port.in.TaskQueryUseCase;
import io.flowpool.view.port.out.TaskViewStore;
import java.util.List;
import java.util.Optional;

/** Validates task queries and answers them from the task store in one call each. */
public class TaskQueryService implements TaskQueryUseCase {

  private final TaskViewStore tasks;

  public TaskQueryService(TaskViewStore tasks) {
    this.tasks = Values.require(tasks, "tasks");
  }

  @Override
  public ResultPage<TaskView> tasksForUser(TasksForUserQuery query) {
    return find(query);
  }

  @Override
  public ResultPage<TaskView> tasksForGroup(TasksForGroupQuery query) {
    return find(query);
  }

  @Override
  public ResultPage<TaskView> tasksForCandidateUserAndGroup(
      TasksForCandidateUserAndGroupQuery query) {
    return find(query);
  }

  @Override
  public ResultPage<TaskView> allTasks(AllTasksQuery query) {
    return find(query);
  }

  @Override
  public ResultPage<TaskView> tasksForApplication(TasksForApplicationQuery query) {
    return find(query);
  }

  @Override
  public Optional<TaskView> taskForId(TaskForIdQuery query) {
    Values.require(query, "query");
    return tasks.load(query.taskId()).filter(task -> ViewAuthorization.canSee(query.user(), task));
  }

  @Override
  public ResultPage<TaskWithDataEntries> tasksWithDataEntriesForUser(
      TasksWithDataEntriesForUserQuery query) {
    return findWithDataEntries(query);
  }

  @Override
  public ResultPage<TaskWithDataEntries> tasksWithDataEntriesForGroup(
      TasksWithDataEntriesForGroupQuery query) {
    return findWithDataEntries(query);
  }

  @Override
  public Optional<TaskWithDataEntries> taskWithDataEntriesForId(
      TaskWithDataEntriesForIdQuery query) {
    CompiledTaskQuery compiled = TaskQueries.compile(Values.require(query, "query"));
    return tasks.findWithDataEntries(compiled.selection(), compiled.page()).items().stream()
        .findFirst();
  }

  @Override
  public List<ApplicationTaskCount> taskCountByApplication(TaskCountByApplicationQuery query) {
    return tasks.countByApplication();
  }

  @Override
  public List<String> taskAttributeNames(TaskAttributeNamesQuery query) {
    Values.require(query, "query");
    return tasks.payloadPaths(TaskAccess.forUser(query.user(), query.assignedToMeOnly(), false));
  }

  @Override
  public List<Object> taskAttributeValues(TaskAttributeValuesQuery query) {
    Values.require(query, "query");
    PayloadPath path = PayloadPath.parse(query.attributeName());
    TaskAccess access = TaskAccess.forUser(query.user(), query.assignedToMeOnly(), false);
    return tasks.payloadValues(access, path, query.limit());
  }

  private ResultPage<TaskView> find(TaskListQuery query) {
    CompiledTaskQuery compiled = TaskQueries.compile(Values.require(query, "query"));
    return tasks.find(compiled.selection(), compiled.page());
  }

  private ResultPage<TaskWithDataEntries> findWithDataEntries(TaskListQuery query) {
    CompiledTaskQuery compiled = TaskQueries.compile(Values.require(query, "query"));
    return tasks.findWithDataEntries(compiled.selection(), compiled.page());
  }
}
