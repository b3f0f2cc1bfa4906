package io.flowpool.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flowpool.adapter.camunda.engineclient.EngineTaskSuspendedException;
import io.flowpool.adapter.camunda.engineclient.UnknownUserException;
import io.flowpool.adapter.camunda.testing.EngineTestSupport;
import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskDeferredEvent;
import io.flowpool.taskpool.api.task.TaskToBeCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.api.task.TaskUndeferredEvent;
import io.flowpool.taskpool.model.EngineTaskGoneException;
import io.flowpool.taskpool.port.in.ApplyTaskInteractionUseCase;
import io.flowpool.taskpool.port.out.EngineTaskActions;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine client changes Camunda's tasks, and refuses clearly when it cannot. */
class EngineClientIT extends EngineTestSupport {

  private static final Instant LATER = Instant.parse("2031-03-01T09:30:00Z");

  @Autowired EngineTaskActions engine;
  @Autowired ApplyTaskInteractionUseCase interactions;
  @Autowired IdentityService identityService;

  @AfterEach
  void removeUsers() {
    identityService
        .createUserQuery()
        .list()
        .forEach(user -> identityService.deleteUser(user.getId()));
  }

  @Test
  void assign_and_unassign_change_the_assignee_of_the_camunda_task() {
    Task task = newTask();

    engine.assign(task.getId(), "kermit");
    assertThat(reload(task).getAssignee()).isEqualTo("kermit");

    engine.unassign(task.getId());
    assertThat(reload(task).getAssignee()).isNull();
  }

  @Test
  void complete_completes_the_camunda_task_with_the_payload_as_variables() {
    Task task = newTask();

    engine.complete(task.getId(), Payload.of(Map.of("approved", true, "comment", "fine")));

    assertThat(reload(task)).isNull();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .list())
        .extracting(variable -> variable.getName(), variable -> variable.getValue())
        .containsExactlyInAnyOrder(tuple("approved", true), tuple("comment", "fine"));
  }

  @Test
  void follow_up_date_is_set_and_removed() {
    Task task = newTask();

    engine.setFollowUpDate(task.getId(), LATER);
    assertThat(reload(task).getFollowUpDate().toInstant()).isEqualTo(LATER);

    engine.setFollowUpDate(task.getId(), null);
    assertThat(reload(task).getFollowUpDate()).isNull();
  }

  @Test
  void every_action_on_a_task_the_engine_does_not_have_is_refused_as_gone() {
    assertGone(id -> engine.assign(id, "kermit"));
    assertGone(engine::unassign);
    assertGone(id -> engine.complete(id, Payload.empty()));
    assertGone(id -> engine.setFollowUpDate(id, LATER));
  }

  @Test
  void action_on_a_task_completed_meanwhile_is_refused_as_gone() {
    Task task = newTask();
    taskService.complete(task.getId());

    assertThatThrownBy(() -> engine.assign(task.getId(), "kermit"))
        .isInstanceOf(EngineTaskGoneException.class)
        .extracting(refusal -> ((CommandRefusedException) refusal).reason())
        .isEqualTo("TASK_GONE");
  }

  @Test
  void action_on_a_suspended_task_is_refused_as_suspended() {
    Task task = newTask();
    runtimeService.suspendProcessInstanceById(task.getProcessInstanceId());

    assertThatThrownBy(() -> engine.assign(task.getId(), "kermit"))
        .isInstanceOf(EngineTaskSuspendedException.class)
        .hasMessageContaining(task.getId());
  }

  @Test
  void assignee_unknown_to_an_engine_that_knows_users_is_refused() {
    identityService.saveUser(identityService.newUser("kermit"));
    Task task = newTask();

    assertThatThrownBy(() -> engine.assign(task.getId(), "nobody"))
        .isInstanceOf(UnknownUserException.class)
        .extracting(refusal -> ((CommandRefusedException) refusal).reason())
        .isEqualTo("USER_UNKNOWN");
    engine.assign(task.getId(), "kermit");

    assertThat(reload(task).getAssignee()).isEqualTo("kermit");
  }

  @Test
  void any_assignee_is_accepted_by_an_engine_that_knows_no_users() {
    Task task = newTask();

    engine.assign(task.getId(), "someone-from-sso");

    assertThat(reload(task).getAssignee()).isEqualTo("someone-from-sso");
  }

  @Test
  void interaction_events_addressed_to_this_application_are_applied() {
    Task task = newTask();
    SourceReference source = sourceOf(task);

    interactions.apply(new TaskClaimedEvent(task.getId(), source, "kermit"));
    assertThat(reload(task).getAssignee()).isEqualTo("kermit");
    interactions.apply(new TaskUnclaimedEvent(task.getId(), source));
    assertThat(reload(task).getAssignee()).isNull();
    interactions.apply(new TaskDeferredEvent(task.getId(), source, LATER));
    assertThat(reload(task).getFollowUpDate().toInstant()).isEqualTo(LATER);
    interactions.apply(new TaskUndeferredEvent(task.getId(), source));
    assertThat(reload(task).getFollowUpDate()).isNull();
    interactions.apply(
        new TaskToBeCompletedEvent(task.getId(), source, Payload.of(Map.of("ok", true))));
    assertThat(reload(task)).isNull();
  }

  @Test
  void interaction_events_addressed_to_another_application_are_ignored() {
    Task task = newTask();
    SourceReference elsewhere =
        new SourceReference(
            sourceOf(task).kind(),
            task.getProcessInstanceId(),
            task.getExecutionId(),
            task.getProcessDefinitionId(),
            "simple-task",
            "Simple task",
            "another-application",
            null);

    interactions.apply(new TaskClaimedEvent(task.getId(), elsewhere, "kermit"));

    assertThat(reload(task).getAssignee()).isNull();
  }

  private Task newTask() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("simple-task");
    return task(instance, "do-it");
  }

  private Task reload(Task task) {
    return taskService.createTaskQuery().taskId(task.getId()).singleResult();
  }

  private static void assertGone(Consumer<String> action) {
    assertThatThrownBy(() -> action.accept("no-such-task"))
        .isInstanceOf(EngineTaskGoneException.class)
        .hasMessageContaining("no-such-task");
  }
}
