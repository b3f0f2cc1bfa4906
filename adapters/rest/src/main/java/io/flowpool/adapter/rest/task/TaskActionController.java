package io.flowpool.adapter.rest.task;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.Payload;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.port.in.TaskActionUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the caller does with a task. Each action returns once the application that owns the task
 * accepted it (204); the task list shows the result when the engine's own events arrive.
 */
@RestController
@RequestMapping("/api/tasks/{id}")
@Tag(name = "task actions")
@ApiResponse(responseCode = "204", description = "accepted by the application that owns the task")
@ApiResponse(responseCode = "400", description = "a malformed body or version")
@ApiResponse(
    responseCode = "404",
    description = "no such task, or the caller may not see it (both alike); reason TASK_NOT_FOUND")
@ApiResponse(
    responseCode = "409",
    description =
        "refused by the task's owner; `reason` says why: TASK_COMPLETED, TASK_DELETED,"
            + " TASK_CHANGED (since `version`), TASK_GONE, …")
public class TaskActionController {

  static final String VERSION =
      "the task's `version` the caller saw: the action is refused (409 TASK_CHANGED) if the task"
          + " changed since; leave out to act on the task as it is now";

  private final TaskActionUseCase actions;

  public TaskActionController(TaskActionUseCase actions) {
    this.actions = actions;
  }

  @PostMapping("/claim")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Assigns the task to the caller")
  public void claim(
      CurrentUser user,
      @PathVariable String id,
      @Parameter(description = VERSION) @RequestParam(required = false) Long version) {
    actions.claim(user, id, version);
  }

  @PostMapping("/unclaim")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Takes the task's assignee away")
  public void unclaim(
      CurrentUser user,
      @PathVariable String id,
      @Parameter(description = VERSION) @RequestParam(required = false) Long version) {
    actions.unclaim(user, id, version);
  }

  @PostMapping("/complete")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Completes the task as the caller (claiming it first if needed)",
      description = "The body is the form's result: any JSON object, it becomes the payload.")
  public void complete(
      CurrentUser user,
      @PathVariable String id,
      @Parameter(description = VERSION) @RequestParam(required = false) Long version,
      @RequestBody(required = false) Map<String, Object> payload) {
    actions.complete(user, id, payload(payload), version);
  }

  @PostMapping("/defer")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Hides the task until the follow-up date")
  public void defer(
      CurrentUser user,
      @PathVariable String id,
      @Parameter(description = VERSION) @RequestParam(required = false) Long version,
      @RequestBody DeferRequest body) {
    if (body.followUpDate() == null) {
      throw new InvalidValueException("followUpDate is required, e.g. 2030-01-01T10:00:00Z");
    }
    actions.defer(user, id, body.followUpDate(), version);
  }

  @PostMapping("/undefer")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Shows the task again now")
  public void undefer(
      CurrentUser user,
      @PathVariable String id,
      @Parameter(description = VERSION) @RequestParam(required = false) Long version) {
    actions.undefer(user, id, version);
  }

  private static Payload payload(Map<String, Object> values) {
    return values == null ? Payload.empty() : new Payload(values);
  }
}
