package io.flowpool.adapter.rest.task;

import io.flowpool.adapter.rest.web.QueryParameters;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.TaskAttributeNamesQuery;
import io.flowpool.view.api.TaskAttributeValuesQuery;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskListQuery;
import io.flowpool.view.api.TaskWithDataEntriesForIdQuery;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import io.flowpool.view.model.TaskNotVisibleException;
import io.flowpool.view.port.in.TaskQueryUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tasks the caller may work on: as assignee, candidate user or in a candidate group. */
@RestController
@RequestMapping("/api")
@Tag(name = "tasks")
public class TaskController {

  static final String ASSIGNED_TO_ME = "only the tasks assigned to the caller";
  static final String INVOLVEMENTS_ONLY =
      "only tasks with a correlated data entry whose protocol names the caller";
  static final String WITH_DATA_ENTRIES =
      "each task with its correlated data entries (`dataEntries`); `data.` filters apply to them";

  private final TaskQueryUseCase tasks;

  public TaskController(TaskQueryUseCase tasks) {
    this.tasks = tasks;
  }

  @GetMapping("/tasks")
  @Operation(summary = "The tasks the caller may work on, one page")
  @ApiResponse(responseCode = "200", description = "one page")
  @ApiResponse(responseCode = "400", description = "a malformed filter or sort, or a bad page")
  public TaskPage list(
      CurrentUser user,
      @Parameter(description = QueryParameters.PAGE) @RequestParam(defaultValue = "0") int page,
      @Parameter(description = QueryParameters.SIZE) @RequestParam(defaultValue = "50") int size,
      @Parameter(description = QueryParameters.SORT) @RequestParam(required = false)
          List<String> sort,
      @Parameter(description = QueryParameters.FILTER) @RequestParam(required = false)
          List<String> filter,
      @Parameter(description = ASSIGNED_TO_ME) @RequestParam(defaultValue = "false")
          boolean assignedToMe,
      @Parameter(description = INVOLVEMENTS_ONLY) @RequestParam(defaultValue = "false")
          boolean involvementsOnly,
      @Parameter(description = WITH_DATA_ENTRIES) @RequestParam(defaultValue = "false")
          boolean withDataEntries) {
    TaskListQuery query =
        new TaskListRequest(
                page, size, sort, filter, assignedToMe, involvementsOnly, withDataEntries)
            .query(user);
    if (query instanceof TasksWithDataEntriesForUserQuery withEntries) {
      return TaskPage.withDataEntries(tasks.tasksWithDataEntriesForUser(withEntries), true);
    }
    return TaskPage.of(tasks.tasksForUser((TasksForUserQuery) query));
  }

  @GetMapping("/tasks/{id}")
  @Operation(summary = "One task")
  @ApiResponse(responseCode = "200", description = "the task")
  @ApiResponse(
      responseCode = "404",
      description = "no such task, or the caller may not see it (both alike)")
  public TaskJson one(
      CurrentUser user,
      @PathVariable String id,
      @Parameter(description = WITH_DATA_ENTRIES) @RequestParam(defaultValue = "false")
          boolean withDataEntries) {
    if (withDataEntries) {
      return tasks
          .taskWithDataEntriesForId(new TaskWithDataEntriesForIdQuery(id, user))
          .map(found -> TaskJson.of(found.task(), found.dataEntries()))
          .orElseThrow(() -> new TaskNotVisibleException(id));
    }
    return tasks
        .taskForId(new TaskForIdQuery(id, user))
        .map(TaskJson::of)
        .orElseThrow(() -> new TaskNotVisibleException(id));
  }

  @GetMapping("/task-attributes")
  @Operation(
      summary = "The payload attribute names (paths `a.b.c`) of the caller's tasks",
      description = "For filter UIs: each name can be used as a filter or as `payload.<name>` sort")
  public List<String> attributeNames(
      CurrentUser user,
      @Parameter(description = ASSIGNED_TO_ME) @RequestParam(defaultValue = "false")
          boolean assignedToMe) {
    return tasks.taskAttributeNames(new TaskAttributeNamesQuery(user, assignedToMe));
  }

  @GetMapping("/task-attributes/{name}/values")
  @Operation(summary = "The distinct values of one payload attribute over the caller's tasks")
  @ApiResponse(responseCode = "200", description = "the values, in sort order")
  @ApiResponse(responseCode = "400", description = "a malformed name or a bad limit")
  public List<Object> attributeValues(
      CurrentUser user,
      @Parameter(description = "a payload path `a.b.c`") @PathVariable String name,
      @Parameter(description = ASSIGNED_TO_ME) @RequestParam(defaultValue = "false")
          boolean assignedToMe,
      @Parameter(description = "at most this many values, 1 to 1000")
          @RequestParam(defaultValue = "100")
          int limit) {
    return tasks.taskAttributeValues(new TaskAttributeValuesQuery(name, user, assignedToMe, limit));
  }
}
