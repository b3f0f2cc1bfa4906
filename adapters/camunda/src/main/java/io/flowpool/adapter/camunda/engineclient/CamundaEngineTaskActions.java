package io.flowpool.adapter.camunda.engineclient;

import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.model.EngineTaskGoneException;
import io.flowpool.taskpool.port.out.EngineTaskActions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.Task;

/**
 * Applies user actions through Camunda's task service. A task that no longer exists (completed or
 * deleted in the meantime) and a suspended one are refused with domain exceptions. Camunda accepts
 * any user id; when {@code checkUsers} is on and the identity service knows at least one user, an
 * assignee it does not know is refused too (with no users, identities live elsewhere).
 */
public class CamundaEngineTaskActions implements EngineTaskActions {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final boolean checkUsers;

  public CamundaEngineTaskActions(
      TaskService taskService, IdentityService identityService, boolean checkUsers) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.checkUsers = checkUsers;
  }

  @Override
  public void assign(String taskId, String assignee) {
    requireTask(taskId);
    requireKnownUser(assignee);
    apply(taskId, id -> taskService.setAssignee(id, assignee));
  }

  @Override
  public void unassign(String taskId) {
    requireTask(taskId);
    apply(taskId, id -> taskService.setAssignee(id, null));
  }

  @Override
  public void complete(String taskId, Payload payload) {
    requireTask(taskId);
    Map<String, Object> variables = mutableCopy(payload.values());
    apply(taskId, id -> taskService.complete(id, variables));
  }

  @Override
  public void setFollowUpDate(String taskId, Instant followUpDate) {
    Task task = requireTask(taskId);
    task.setFollowUpDate(followUpDate == null ? null : Date.from(followUpDate));
    apply(taskId, id -> taskService.saveTask(task));
  }

  private Task requireTask(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new EngineTaskGoneException(taskId);
    }
    return task;
  }

  private void requireKnownUser(String userId) {
    if (checkUsers
        && identityService.createUserQuery().count() > 0
        && identityService.createUserQuery().userId(userId).count() == 0) {
      throw new UnknownUserException(userId);
    }
  }

  /** Runs the engine call; the task may vanish between the check and the call. */
  private static void apply(String taskId, Consumer<String> call) {
    try {
      call.accept(taskId);
    } catch (NotFoundException e) {
      throw new EngineTaskGoneException(taskId);
    } catch (SuspendedEntityInteractionException e) {
      throw new EngineTaskSuspendedException(taskId);
    }
  }

  // The engine keeps variables as it gets them: hand it plain mutable maps and lists.
  @SuppressWarnings("unchecked")
  private static <T> T mutableCopy(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, element) -> copy.put((String) key, mutableCopy(element)));
      return (T) copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(element -> copy.add(mutableCopy(element)));
      return (T) copy;
    }
    return value;
  }
}
