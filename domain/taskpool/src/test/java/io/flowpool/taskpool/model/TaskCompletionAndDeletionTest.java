package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import org.junit.jupiter.api.Test;

class TaskCompletionAndDeletionTest {

  private final TaskDecider decider = new TaskDecider();

  @Test
  void complete_without_assignee_emits_completed() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new CompleteTaskCommand("t1", null))
        .then(new TaskCompletedEvent("t1"));
  }

  @Test
  void complete_by_the_current_assignee_emits_only_completed() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new CompleteTaskCommand("t1", "kermit"))
        .then(new TaskCompletedEvent("t1"));
  }

  @Test
  void complete_by_another_user_assigns_first() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"))
        .when(new CompleteTaskCommand("t1", "piggy"))
        .then(new TaskAssignedEvent("t1", "piggy"), new TaskCompletedEvent("t1"));
  }

  @Test
  void complete_of_unassigned_task_with_assignee_assigns_first() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new CompleteTaskCommand("t1", "piggy"))
        .then(new TaskAssignedEvent("t1", "piggy"), new TaskCompletedEvent("t1"));
  }

  @Test
  void completed_event_completes_the_task() {
    Task task =
        scenario(decider, "t1")
            .given(created("t1", "kermit"))
            .when(new CompleteTaskCommand("t1", "piggy"))
            .stateAfter();

    assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(task.assignee()).isEqualTo("piggy");
    assertThat(task.version()).isEqualTo(2);
  }

  @Test
  void delete_emits_deleted_with_the_reason() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new DeleteTaskCommand("t1", "process instance cancelled"))
        .then(new TaskDeletedEvent("t1", "process instance cancelled"));
  }

  @Test
  void delete_without_reason_emits_deleted() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new DeleteTaskCommand("t1", null))
        .then(new TaskDeletedEvent("t1", null));
  }

  @Test
  void deleted_event_deletes_the_task() {
    Task task =
        scenario(decider, "t1")
            .given(created("t1"))
            .when(new DeleteTaskCommand("t1", "cancelled"))
            .stateAfter();

    assertThat(task.status()).isEqualTo(TaskStatus.DELETED);
    assertThat(task.version()).isEqualTo(1);
  }
}
