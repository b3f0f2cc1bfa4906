package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskToBeCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskCompletionRequestTest {

  private static final Payload FORM_RESULT = Payload.of(Map.of("approved", true));

  private final TaskDecider decider = new TaskDecider();

  @Test
  void completion_request_without_assignee_emits_to_be_completed_with_the_payload() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new MarkTaskToBeCompletedCommand("t1", FORM_RESULT, null, null))
        .then(new TaskToBeCompletedEvent("t1", SOURCE_REFERENCE, FORM_RESULT));
  }

  @Test
  void completion_request_by_the_current_assignee_emits_only_to_be_completed() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new MarkTaskToBeCompletedCommand("t1", FORM_RESULT, "kermit", null))
        .then(new TaskToBeCompletedEvent("t1", SOURCE_REFERENCE, FORM_RESULT));
  }

  @Test
  void completion_request_for_unassigned_task_claims_it_first() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new MarkTaskToBeCompletedCommand("t1", FORM_RESULT, "kermit", null))
        .then(
            new TaskClaimedEvent("t1", SOURCE_REFERENCE, "kermit"),
            new TaskToBeCompletedEvent("t1", SOURCE_REFERENCE, FORM_RESULT));
  }

  @Test
  void completion_request_for_task_held_by_other_user_unclaims_and_claims_first() {
    scenario(decider, "t1")
        .given(created("t1", "piggy"))
        .when(new MarkTaskToBeCompletedCommand("t1", FORM_RESULT, "kermit", null))
        .then(
            new TaskUnclaimedEvent("t1", SOURCE_REFERENCE),
            new TaskClaimedEvent("t1", SOURCE_REFERENCE, "kermit"),
            new TaskToBeCompletedEvent("t1", SOURCE_REFERENCE, FORM_RESULT));
  }

  @Test
  void completion_request_without_payload_carries_an_empty_one() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new MarkTaskToBeCompletedCommand("t1", null, null, null))
        .then(new TaskToBeCompletedEvent("t1", SOURCE_REFERENCE, Payload.empty()));
  }

  @Test
  void completion_request_leaves_the_task_active_until_the_engine_completes_it() {
    Task after =
        scenario(decider, "t1")
            .given(created("t1", "piggy"))
            .when(new MarkTaskToBeCompletedCommand("t1", FORM_RESULT, "kermit", null))
            .stateAfter();

    assertThat(after.status()).isEqualTo(TaskStatus.ACTIVE);
    assertThat(after.assignee()).isEqualTo("piggy");
    assertThat(after.payload()).isNotEqualTo(FORM_RESULT);
    assertThat(after.version()).isEqualTo(3);
  }
}
