package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;

/** A user wants the task to have no assignee. */
public record UnclaimTaskCommand(String taskId, Long expectedVersion)
    implements InteractionTaskCommand {

  public UnclaimTaskCommand {
    Values.requireText(taskId, "taskId");
  }
}
