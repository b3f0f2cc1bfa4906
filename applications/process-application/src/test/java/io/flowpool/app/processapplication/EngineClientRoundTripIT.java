package io.flowpool.app.processapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport;
import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskDeferredEvent;
import io.flowpool.taskpool.api.task.TaskToBeCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.api.task.TaskUndeferredEvent;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import io.flowpool.taskpool.model.TaskAlreadyCompletedException;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user's action from the tasklist goes through the task's decider (interaction event), the engine
 * client applies it to the Camunda task, and the engine's own report comes back through the
 * collector: the store holds the interaction event followed by the engine's events.
 */
class EngineClientRoundTripIT extends ProcessApplicationTestSupport {

  private static final Instant LATER = Instant.parse("2031-03-01T09:30:00Z");

  @Autowired TaskpoolCommandDispatcher dispatcher;

  @BeforeEach
  void usersKnownToTheEngine() {
    knownUsers("kermit", "piggy");
  }

  @Test
  void claim_assigns_the_camunda_task_and_the_engine_reports_the_assignment() {
    Task approve = task(startOrder("rt-1", "Miss Piggy", 120), "approve-order");

    dispatcher.dispatch(new ClaimTaskCommand(approve.getId(), "kermit", null));

    assertThat(reload(approve).getAssignee()).isEqualTo("kermit");
    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "rt-1", "Miss Piggy", 120, 50),
            new TaskClaimedEvent(approve.getId(), sourceOf(approve), "kermit"),
            new TaskAssignedEvent(approve.getId(), "kermit"));
  }

  @Test
  void claim_of_a_task_held_by_someone_else_unclaims_it_first() {
    Task approve = task(startOrder("rt-2", "Miss Piggy", 120), "approve-order");
    taskService.setAssignee(approve.getId(), "piggy");

    dispatcher.dispatch(new ClaimTaskCommand(approve.getId(), "kermit", null));

    assertThat(reload(approve).getAssignee()).isEqualTo("kermit");
    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "rt-2", "Miss Piggy", 120, 50),
            new TaskAssignedEvent(approve.getId(), "piggy"),
            new TaskUnclaimedEvent(approve.getId(), sourceOf(approve)),
            new TaskClaimedEvent(approve.getId(), sourceOf(approve), "kermit"),
            new TaskAssignedEvent(approve.getId(), "kermit"));
  }

  @Test
  void unclaim_removes_the_assignee_of_the_camunda_task() {
    Task approve = task(startOrder("rt-3", "Miss Piggy", 120), "approve-order");
    dispatcher.dispatch(new ClaimTaskCommand(approve.getId(), "kermit", null));

    dispatcher.dispatch(new UnclaimTaskCommand(approve.getId(), null));

    assertThat(reload(approve).getAssignee()).isNull();
    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "rt-3", "Miss Piggy", 120, 50),
            new TaskClaimedEvent(approve.getId(), sourceOf(approve), "kermit"),
            new TaskAssignedEvent(approve.getId(), "kermit"),
            new TaskUnclaimedEvent(approve.getId(), sourceOf(approve)),
            new TaskAssignedEvent(approve.getId(), null));
  }

  @Test
  void completion_completes_the_camunda_task_with_the_payload_and_the_process_moves_on() {
    ProcessInstance instance = startOrder("rt-4", "Miss Piggy", 120);
    Task approve = task(instance, "approve-order");
    Payload decision = Payload.of(Map.of("approved", true));

    dispatcher.dispatch(
        new MarkTaskToBeCompletedCommand(approve.getId(), decision, "kermit", null));

    assertThat(reload(approve)).isNull();
    assertThat(runtimeService.getVariable(instance.getId(), "approved")).isEqualTo(true);
    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "rt-4", "Miss Piggy", 120, 50),
            new TaskClaimedEvent(approve.getId(), sourceOf(approve), "kermit"),
            new TaskToBeCompletedEvent(approve.getId(), sourceOf(approve), decision),
            new TaskAssignedEvent(approve.getId(), "kermit"),
            new TaskCompletedEvent(approve.getId()));
    Task ship = task(instance, "ship-order");
    assertThat(eventsOf(ship.getId())).containsExactly(shipCreated(ship, "rt-4", "Miss Piggy"));
  }

  @Test
  void deferral_and_undeferral_set_and_clear_the_follow_up_date_of_the_camunda_task() {
    Task approve = task(startOrder("rt-5", "Miss Piggy", 120), "approve-order");

    dispatcher.dispatch(new DeferTaskCommand(approve.getId(), LATER, null));
    assertThat(reload(approve).getFollowUpDate().toInstant()).isEqualTo(LATER);
    dispatcher.dispatch(new UndeferTaskCommand(approve.getId(), null));
    assertThat(reload(approve).getFollowUpDate()).isNull();

    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "rt-5", "Miss Piggy", 120, 50),
            new TaskDeferredEvent(approve.getId(), sourceOf(approve), LATER),
            attributesWithFollowUp(approve, "rt-5", LATER),
            new TaskUndeferredEvent(approve.getId(), sourceOf(approve)),
            attributesWithFollowUp(approve, "rt-5", null));
  }

  @Test
  void claim_for_a_user_the_engine_does_not_know_is_refused_and_changes_nothing() {
    Task approve = task(startOrder("rt-6", "Miss Piggy", 120), "approve-order");

    assertThatThrownBy(
            () -> dispatcher.dispatch(new ClaimTaskCommand(approve.getId(), "nobody", null)))
        .isInstanceOfSatisfying(
            CommandRefusedException.class,
            refused -> assertThat(refused.reason()).isEqualTo("USER_UNKNOWN"));

    assertThat(reload(approve).getAssignee()).isNull();
    assertThat(eventsOf(approve.getId()))
        .containsExactly(approveCreated(approve, "rt-6", "Miss Piggy", 120, 50));
  }

  @Test
  void claim_of_a_task_completed_in_the_engine_is_refused_with_its_reason() {
    Task approve = task(startOrder("rt-7", "Miss Piggy", 120), "approve-order");
    taskService.complete(approve.getId(), Map.of("approved", false));

    assertThatThrownBy(
            () -> dispatcher.dispatch(new ClaimTaskCommand(approve.getId(), "kermit", null)))
        .isInstanceOfSatisfying(
            TaskAlreadyCompletedException.class,
            refused -> assertThat(refused.reason()).isEqualTo("TASK_COMPLETED"));
    assertThat(eventsOf(approve.getId())).hasSize(2);
  }

  private TaskAttributesUpdatedEvent attributesWithFollowUp(
      Task approve, String orderId, Instant followUpDate) {
    return new TaskAttributesUpdatedEvent(
        approve.getId(),
        orderId,
        orderPayload(orderId, "Miss Piggy", 120),
        Correlations.of("order", orderId),
        "Check order " + orderId + " of Miss Piggy",
        null,
        followUpDate,
        "Approve order",
        null,
        50);
  }
}
