package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;
import java.time.Instant;

/** A user wants to see the task again only from {@code followUpDate} on. */
public record DeferTaskCommand(String taskId, Instant followUpDate, Long expectedVersion)
    implements InteractionTaskCommand {

  public DeferTaskCommand {
    Values.requireText(taskId, "taskId");
    Values.require(followUpDate, "followUpDate");
  }
}
