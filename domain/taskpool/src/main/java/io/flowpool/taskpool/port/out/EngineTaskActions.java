package io.flowpool.taskpool.port.out;

import io.flowpool.common.api.Payload;
import java.time.Instant;

/**
 * What the engine client needs from the process engine. Implementations run in the caller's
 * transaction; a task that no longer exists surfaces as {@link
 * io.flowpool.taskpool.model.EngineTaskGoneException}.
 */
public interface EngineTaskActions {

  /** Sets the assignee, whoever held the task before. */
  void assign(String taskId, String assignee);

  void unassign(String taskId);

  /** Completes the task, setting the payload's entries as process variables. */
  void complete(String taskId, Payload payload);

  void setFollowUpDate(String taskId, Instant followUpDate);
}
