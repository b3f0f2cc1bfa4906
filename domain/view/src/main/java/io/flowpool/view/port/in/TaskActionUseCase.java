package io.flowpool.view.port.in;

import io.flowpool.common.api.Payload;
import io.flowpool.view.api.CurrentUser;
import java.time.Instant;

/**
 * What a user does with a task from the tasklist. Each action is checked against what the user may
 * see, then sent to the engine that owns the task, and answered: it returns when the owning
 * application accepted it, or throws a {@link io.flowpool.common.api.CommandRefusedException} whose
 * reason says why not (TASK_NOT_FOUND for a task the user may not see or that does not exist,
 * TASK_COMPLETED, TASK_DELETED, TASK_CHANGED, TASK_GONE, …).
 *
 * <p>{@code expectedVersion} is the {@link io.flowpool.view.api.TaskView#version()} the user saw,
 * or null to act on whatever the task is now.
 */
public interface TaskActionUseCase {

  void claim(CurrentUser user, String taskId, Long expectedVersion);

  void unclaim(CurrentUser user, String taskId, Long expectedVersion);

  /** Completes the task as the user (claiming it first if needed) with the form's payload. */
  void complete(CurrentUser user, String taskId, Payload payload, Long expectedVersion);

  void defer(CurrentUser user, String taskId, Instant followUpDate, Long expectedVersion);

  void undefer(CurrentUser user, String taskId, Long expectedVersion);
}
