package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.api.task.CandidateChange.ADD;
import static io.flowpool.taskpool.api.task.CandidateChange.DELETE;
import static io.flowpool.taskpool.testing.TaskSamples.newTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateUserChangedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskCandidateChangeTest {

  private final TaskDecider decider = new TaskDecider();

  /** Candidate users kermit and piggy, candidate groups sales and support. */
  private final TaskCreatedEvent created =
      newTask("t1").candidateUsers("kermit", "piggy").candidateGroups("sales", "support").event();

  @Test
  void adding_candidate_users_emits_one_event_per_new_user_in_sorted_order() {
    scenario(decider, "t1")
        .given(created)
        .when(new AddCandidateUsersCommand("t1", Set.of("gonzo", "piggy", "fozzie")))
        .then(
            new TaskCandidateUserChangedEvent("t1", "fozzie", ADD),
            new TaskCandidateUserChangedEvent("t1", "gonzo", ADD));
  }

  @Test
  void adding_existing_candidate_users_emits_nothing() {
    scenario(decider, "t1")
        .given(created)
        .when(new AddCandidateUsersCommand("t1", Set.of("kermit", "piggy")))
        .thenNothing();
  }

  @Test
  void deleting_candidate_users_emits_one_event_per_current_candidate_in_sorted_order() {
    scenario(decider, "t1")
        .given(created)
        .when(new DeleteCandidateUsersCommand("t1", Set.of("piggy", "gonzo", "kermit")))
        .then(
            new TaskCandidateUserChangedEvent("t1", "kermit", DELETE),
            new TaskCandidateUserChangedEvent("t1", "piggy", DELETE));
  }

  @Test
  void deleting_users_who_are_no_candidates_emits_nothing() {
    scenario(decider, "t1")
        .given(created)
        .when(new DeleteCandidateUsersCommand("t1", Set.of("gonzo")))
        .thenNothing();
  }

  @Test
  void adding_candidate_groups_emits_one_event_per_new_group_in_sorted_order() {
    scenario(decider, "t1")
        .given(created)
        .when(new AddCandidateGroupsCommand("t1", Set.of("management", "sales", "accounting")))
        .then(
            new TaskCandidateGroupChangedEvent("t1", "accounting", ADD),
            new TaskCandidateGroupChangedEvent("t1", "management", ADD));
  }

  @Test
  void adding_existing_candidate_groups_emits_nothing() {
    scenario(decider, "t1")
        .given(created)
        .when(new AddCandidateGroupsCommand("t1", Set.of("sales")))
        .thenNothing();
  }

  @Test
  void deleting_candidate_groups_emits_one_event_per_current_candidate_in_sorted_order() {
    scenario(decider, "t1")
        .given(created)
        .when(new DeleteCandidateGroupsCommand("t1", Set.of("support", "sales", "management")))
        .then(
            new TaskCandidateGroupChangedEvent("t1", "sales", DELETE),
            new TaskCandidateGroupChangedEvent("t1", "support", DELETE));
  }

  @Test
  void deleting_groups_that_are_no_candidates_emits_nothing() {
    scenario(decider, "t1")
        .given(created)
        .when(new DeleteCandidateGroupsCommand("t1", Set.of("management")))
        .thenNothing();
  }

  @Test
  void candidate_changes_are_decided_against_earlier_changes() {
    scenario(decider, "t1")
        .given(created, new TaskCandidateUserChangedEvent("t1", "kermit", DELETE))
        .when(new AddCandidateUsersCommand("t1", Set.of("kermit")))
        .then(new TaskCandidateUserChangedEvent("t1", "kermit", ADD));
  }

  @Test
  void candidate_user_events_change_the_candidate_users() {
    Task task =
        scenario(decider, "t1")
            .given(created, new TaskCandidateUserChangedEvent("t1", "gonzo", ADD))
            .when(new DeleteCandidateUsersCommand("t1", Set.of("kermit")))
            .stateAfter();

    assertThat(task.candidateUsers()).containsExactly("gonzo", "piggy");
    assertThat(task.candidateGroups()).containsExactly("sales", "support");
    assertThat(task.version()).isEqualTo(2);
  }

  @Test
  void candidate_group_events_change_the_candidate_groups() {
    Task task =
        scenario(decider, "t1")
            .given(created, new TaskCandidateGroupChangedEvent("t1", "accounting", ADD))
            .when(new DeleteCandidateGroupsCommand("t1", Set.of("sales")))
            .stateAfter();

    assertThat(task.candidateGroups()).containsExactly("accounting", "support");
    assertThat(task.candidateUsers()).containsExactly("kermit", "piggy");
    assertThat(task.version()).isEqualTo(2);
  }
}
