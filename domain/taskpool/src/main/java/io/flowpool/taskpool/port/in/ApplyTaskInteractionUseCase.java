package io.flowpool.taskpool.port.in;

import io.flowpool.taskpool.api.task.TaskInteractionEvent;

/**
 * The engine client: carries out a user's accepted request (claim, unclaim, complete, defer,
 * undefer) on the engine that owns the task. Events addressed to another application are ignored.
 */
public interface ApplyTaskInteractionUseCase {

  void apply(TaskInteractionEvent event);
}
