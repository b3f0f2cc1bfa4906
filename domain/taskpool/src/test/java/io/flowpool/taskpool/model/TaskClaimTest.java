package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import org.junit.jupiter.api.Test;

class TaskClaimTest {

  private final TaskDecider decider = new TaskDecider();

  @Test
  void claim_of_unassigned_task_emits_claimed() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new ClaimTaskCommand("t1", "kermit", null))
        .then(new TaskClaimedEvent("t1", SOURCE_REFERENCE, "kermit"));
  }

  @Test
  void claim_by_the_current_assignee_emits_nothing() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new ClaimTaskCommand("t1", "kermit", null))
        .thenNothing();
  }

  @Test
  void claim_of_task_held_by_other_user_unclaims_first() {
    scenario(decider, "t1")
        .given(created("t1", "piggy"))
        .when(new ClaimTaskCommand("t1", "kermit", null))
        .then(
            new TaskUnclaimedEvent("t1", SOURCE_REFERENCE),
            new TaskClaimedEvent("t1", SOURCE_REFERENCE, "kermit"));
  }

  @Test
  void claim_compares_with_the_assignee_the_engine_reported_last() {
    scenario(decider, "t1")
        .given(created("t1", "piggy"), new TaskAssignedEvent("t1", "kermit"))
        .when(new ClaimTaskCommand("t1", "kermit", null))
        .thenNothing();
  }

  @Test
  void unclaim_of_assigned_task_emits_unclaimed() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new UnclaimTaskCommand("t1", null))
        .then(new TaskUnclaimedEvent("t1", SOURCE_REFERENCE));
  }

  @Test
  void unclaim_of_unassigned_task_emits_nothing() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new UnclaimTaskCommand("t1", null))
        .thenNothing();
  }

  @Test
  void claim_changes_nothing_but_the_version_until_the_engine_reports_the_assignment() {
    Task before = decider.evolve(Task.none("t1"), created("t1", "piggy"));

    Task after =
        scenario(decider, "t1")
            .given(created("t1", "piggy"))
            .when(new ClaimTaskCommand("t1", "kermit", null))
            .stateAfter();

    assertThat(after).isEqualTo(before.withVersion(2));
    assertThat(after.assignee()).isEqualTo("piggy");
  }

  @Test
  void unclaim_changes_nothing_but_the_version() {
    Task before = decider.evolve(Task.none("t1"), created("t1", "kermit"));

    Task after =
        scenario(decider, "t1")
            .given(created("t1", "kermit"))
            .when(new UnclaimTaskCommand("t1", null))
            .stateAfter();

    assertThat(after).isEqualTo(before.withVersion(1));
  }
}
