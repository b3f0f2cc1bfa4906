package io.flowpool.view.port.in;

import io.flowpool.view.api.AllTasksQuery;
import io.flowpool.view.api.ApplicationTaskCount;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskAttributeNamesQuery;
import io.flowpool.view.api.TaskAttributeValuesQuery;
import io.flowpool.view.api.TaskCountByApplicationQuery;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.api.TaskWithDataEntriesForIdQuery;
import io.flowpool.view.api.TasksForApplicationQuery;
import io.flowpool.view.api.TasksForCandidateUserAndGroupQuery;
import io.flowpool.view.api.TasksForGroupQuery;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForGroupQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import java.util.List;
import java.util.Optional;

/**
 * Answers task queries. A malformed filter or sort, or a bad page, is refused with an {@code
 * InvalidQueryException}; a task that does not exist and one the user may not see are both empty.
 */
public interface TaskQueryUseCase {

  ResultPage<TaskView> tasksForUser(TasksForUserQuery query);

  ResultPage<TaskView> tasksForGroup(TasksForGroupQuery query);

  ResultPage<TaskView> tasksForCandidateUserAndGroup(TasksForCandidateUserAndGroupQuery query);

  ResultPage<TaskView> allTasks(AllTasksQuery query);

  ResultPage<TaskView> tasksForApplication(TasksForApplicationQuery query);

  Optional<TaskView> taskForId(TaskForIdQuery query);

  ResultPage<TaskWithDataEntries> tasksWithDataEntriesForUser(
      TasksWithDataEntriesForUserQuery query);

  ResultPage<TaskWithDataEntries> tasksWithDataEntriesForGroup(
      TasksWithDataEntriesForGroupQuery query);

  Optional<TaskWithDataEntries> taskWithDataEntriesForId(TaskWithDataEntriesForIdQuery query);

  List<ApplicationTaskCount> taskCountByApplication(TaskCountByApplicationQuery query);

  List<String> taskAttributeNames(TaskAttributeNamesQuery query);

  List<Object> taskAttributeValues(TaskAttributeValuesQuery query);
}
