package io.flowpool.view.usecase;

import io.flowpool.common.api.Payload;
import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.model.TaskNotVisibleException;
import io.flowpool.view.port.in.TaskActionUseCase;
import io.flowpool.view.port.in.TaskQueryUseCase;
import io.flowpool.view.port.out.TaskInteractionGateway;
import java.time.Instant;

/**
 * Checks that the user may see the task (the view's authorization), then sends the action to the
 * task's owner. The owner's decider has the last word: it refuses actions on tasks that completed,
 * were deleted or changed since the version the user saw.
 */
public class TaskActionService implements TaskActionUseCase {

  private final TaskQueryUseCase tasks;
  private final TaskInteractionGateway gateway;

  public TaskActionService(TaskQueryUseCase tasks, TaskInteractionGateway gateway) {
    this.tasks = Values.require(tasks, "tasks");
    this.gateway = Values.require(gateway, "gateway");
  }

  @Override
  public void claim(CurrentUser user, String taskId, Long expectedVersion) {
    send(user, taskId, new ClaimTaskCommand(taskId, user.username(), expectedVersion));
  }

  @Override
  public void unclaim(CurrentUser user, String taskId, Long expectedVersion) {
    send(user, taskId, new UnclaimTaskCommand(taskId, expectedVersion));
  }

  @Override
  public void complete(CurrentUser user, String taskId, Payload payload, Long expectedVersion) {
    send(
        user,
        taskId,
        new MarkTaskToBeCompletedCommand(taskId, payload, user.username(), expectedVersion));
  }

  @Override
  public void defer(CurrentUser user, String taskId, Instant followUpDate, Long expectedVersion) {
    send(user, taskId, new DeferTaskCommand(taskId, followUpDate, expectedVersion));
  }

  @Override
  public void undefer(CurrentUser user, String taskId, Long expectedVersion) {
    send(user, taskId, new UndeferTaskCommand(taskId, expectedVersion));
  }

  private void send(CurrentUser user, String taskId, InteractionTaskCommand command) {
    TaskView task =
        tasks
            .taskForId(new TaskForIdQuery(taskId, user))
            .orElseThrow(() -> new TaskNotVisibleException(taskId));
    gateway.send(command, task.sourceReference());
  }
}
