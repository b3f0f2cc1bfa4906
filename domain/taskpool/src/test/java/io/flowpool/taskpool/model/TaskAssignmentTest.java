package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import org.junit.jupiter.api.Test;

class TaskAssignmentTest {

  private final TaskDecider decider = new TaskDecider();

  @Test
  void assign_of_unassigned_task_emits_assigned() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new AssignTaskCommand("t1", "kermit"))
        .then(new TaskAssignedEvent("t1", "kermit"));
  }

  @Test
  void assign_to_another_user_emits_assigned() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new AssignTaskCommand("t1", "piggy"))
        .then(new TaskAssignedEvent("t1", "piggy"));
  }

  @Test
  void assign_to_the_current_assignee_emits_nothing() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new AssignTaskCommand("t1", "kermit"))
        .thenNothing();
  }

  @Test
  void assign_of_nobody_unassigns_an_assigned_task() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new AssignTaskCommand("t1", null))
        .then(new TaskAssignedEvent("t1", null));
  }

  @Test
  void assign_of_nobody_to_an_unassigned_task_emits_nothing() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new AssignTaskCommand("t1", null))
        .thenNothing();
  }

  @Test
  void assign_after_an_earlier_assignment_compares_with_the_latest_assignee() {
    scenario(decider, "t1")
        .given(created("t1"), new TaskAssignedEvent("t1", "kermit"))
        .when(new AssignTaskCommand("t1", "kermit"))
        .thenNothing();
  }

  @Test
  void assigned_event_sets_the_assignee() {
    Task task =
        scenario(decider, "t1")
            .given(created("t1", "kermit"))
            .when(new AssignTaskCommand("t1", "piggy"))
            .stateAfter();

    assertThat(task.assignee()).isEqualTo("piggy");
    assertThat(task.version()).isEqualTo(1);
  }
}
