package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;

/** A user wants the task assigned to {@code assignee}. */
public record ClaimTaskCommand(String taskId, String assignee, Long expectedVersion)
    implements InteractionTaskCommand {

  public ClaimTaskCommand {
    Values.requireText(taskId, "taskId");
    Values.requireText(assignee, "assignee");
  }
}
