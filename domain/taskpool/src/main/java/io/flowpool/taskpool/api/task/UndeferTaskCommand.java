package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;

/** A user wants the task's follow-up date removed. */
public record UndeferTaskCommand(String taskId, Long expectedVersion)
    implements InteractionTaskCommand {

  public UndeferTaskCommand {
    Values.requireText(taskId, "taskId");
  }
}
