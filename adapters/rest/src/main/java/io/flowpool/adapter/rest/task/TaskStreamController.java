package io.flowpool.adapter.rest.task;

import io.flowpool.adapter.rest.web.LiveStreams;
import io.flowpool.adapter.rest.web.QueryParameters;
import io.flowpool.adapter.rest.web.SseStream;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.TaskUpdate;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.port.in.SubscribeToTasksUseCase;
import io.flowpool.view.port.in.ViewSubscription;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Follows the caller's task list live, as Server-Sent Events. */
@RestController
@Tag(name = "tasks")
public class TaskStreamController {

  private final SubscribeToTasksUseCase subscriptions;
  private final LiveStreams streams;

  public TaskStreamController(SubscribeToTasksUseCase subscriptions, LiveStreams streams) {
    this.subscriptions = subscriptions;
    this.streams = streams;
  }

  @GetMapping("/api/tasks/stream")
  @Operation(
      summary = "Follows the task list live (Server-Sent Events)",
      description =
          "The same parameters as GET /api/tasks. Events: `initial` (a TaskPage), then `update`"
              + " (a Task that now matches, new or changed, with its data entries if asked) and"
              + " `removed` ({id} of a task that no longer matches: completed, deleted,"
              + " reassigned, filtered out). In JWT mode the token may also be passed as"
              + " `access_token` query parameter, since EventSource cannot send headers.")
  @ApiResponse(
      responseCode = "200",
      description = "an event stream",
      content =
          @Content(
              mediaType = "text/event-stream",
              schema = @Schema(type = "string", description = "events as described above")))
  @ApiResponse(responseCode = "400", description = "a malformed filter or sort, or a bad page")
  public SseEmitter stream(
      CurrentUser user,
      @Parameter(description = QueryParameters.PAGE) @RequestParam(defaultValue = "0") int page,
      @Parameter(description = QueryParameters.SIZE) @RequestParam(defaultValue = "50") int size,
      @Parameter(description = QueryParameters.SORT) @RequestParam(required = false)
          List<String> sort,
      @Parameter(description = QueryParameters.FILTER) @RequestParam(required = false)
          List<String> filter,
      @Parameter(description = TaskController.ASSIGNED_TO_ME) @RequestParam(defaultValue = "false")
          boolean assignedToMe,
      @Parameter(description = TaskController.INVOLVEMENTS_ONLY)
          @RequestParam(defaultValue = "false")
          boolean involvementsOnly,
      @Parameter(description = TaskController.WITH_DATA_ENTRIES)
          @RequestParam(defaultValue = "false")
          boolean withDataEntries) {
    TaskListRequest request =
        new TaskListRequest(
            page, size, sort, filter, assignedToMe, involvementsOnly, withDataEntries);
    SseStream stream = streams.open();
    ViewSubscription<TaskWithDataEntries> subscription =
        subscriptions.subscribe(
            request.query(user), update -> send(stream, update, withDataEntries));
    stream.start(
        "initial",
        TaskPage.withDataEntries(subscription.initialResult(), withDataEntries),
        subscription::close);
    return stream.emitter();
  }

  private static void send(SseStream stream, TaskUpdate update, boolean withDataEntries) {
    if (update instanceof TaskUpdate.Upserted upserted) {
      stream.send(
          "update", TaskJson.of(upserted.task(), withDataEntries ? upserted.dataEntries() : null));
    } else {
      stream.send("removed", new RemovedTask(update.taskId()));
    }
  }
}
