package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static io.flowpool.taskpool.testing.TaskSamples.newTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.TaskDeferredEvent;
import io.flowpool.taskpool.api.task.TaskUndeferredEvent;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskDeferralTest {

  private static final Instant FOLLOW_UP = Instant.parse("2026-03-09T07:00:00Z");

  private final TaskDecider decider = new TaskDecider();

  @Test
  void defer_emits_deferred_with_the_follow_up_date() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new DeferTaskCommand("t1", FOLLOW_UP, null))
        .then(new TaskDeferredEvent("t1", SOURCE_REFERENCE, FOLLOW_UP));
  }

  @Test
  void defer_to_the_current_follow_up_date_emits_deferred_all_the_same() {
    scenario(decider, "t1")
        .given(newTask("t1").followUpDate(FOLLOW_UP).event())
        .when(new DeferTaskCommand("t1", FOLLOW_UP, null))
        .then(new TaskDeferredEvent("t1", SOURCE_REFERENCE, FOLLOW_UP));
  }

  @Test
  void undefer_emits_undeferred() {
    scenario(decider, "t1")
        .given(newTask("t1").followUpDate(FOLLOW_UP).event())
        .when(new UndeferTaskCommand("t1", null))
        .then(new TaskUndeferredEvent("t1", SOURCE_REFERENCE));
  }

  @Test
  void undefer_of_task_without_follow_up_date_emits_undeferred_all_the_same() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new UndeferTaskCommand("t1", null))
        .then(new TaskUndeferredEvent("t1", SOURCE_REFERENCE));
  }

  @Test
  void defer_changes_nothing_but_the_version_until_the_engine_reports_the_date() {
    Task after =
        scenario(decider, "t1")
            .given(created("t1"))
            .when(new DeferTaskCommand("t1", FOLLOW_UP, null))
            .stateAfter();

    assertThat(after.followUpDate()).isNull();
    assertThat(after.version()).isEqualTo(1);
  }
}
