package io.flowpool.taskpool.model;

import static io.flowpool.taskpool.testing.TaskSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskDeferredEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.taskpool.api.task.TaskToBeCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.api.task.TaskUndeferredEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version is the sequence number of the task's last event, whatever kind of event it was. */
class TaskVersionTest {

  private final TaskDecider decider = new TaskDecider();

  @Test
  void task_never_created_is_at_version_minus_one() {
    Task task = decider.initialState("t1");

    assertThat(task).isEqualTo(Task.none("t1"));
    assertThat(task.status()).isEqualTo(TaskStatus.NONE);
    assertThat(task.version()).isEqualTo(-1);
  }

  @Test
  void every_event_moves_the_version_on_by_one() {
    List<TaskEvent> history =
        List.of(
            created("t1"),
            new TaskClaimedEvent("t1", SOURCE_REFERENCE, "kermit"),
            new TaskAssignedEvent("t1", "kermit"),
            new TaskCandidateGroupChangedEvent("t1", "support", CandidateChange.ADD),
            new TaskDeferredEvent("t1", SOURCE_REFERENCE, Instant.parse("2026-03-09T07:00:00Z")),
            new TaskUndeferredEvent("t1", SOURCE_REFERENCE),
            new TaskUnclaimedEvent("t1", SOURCE_REFERENCE),
            new TaskToBeCompletedEvent("t1", SOURCE_REFERENCE, Payload.empty()),
            new TaskCompletedEvent("t1"));

    Task task = decider.initialState("t1");
    for (int i = 0; i < history.size(); i++) {
      task = decider.evolve(task, history.get(i));
      assertThat(task.version()).as("version after %s", history.get(i)).isEqualTo(i);
    }
  }

  @Test
  void interaction_events_leave_everything_but_the_version_as_it_was() {
    Task before = decider.evolve(decider.initialState("t1"), created("t1", "piggy"));

    Task after = decider.evolve(before, new TaskUnclaimedEvent("t1", SOURCE_REFERENCE));

    assertThat(after).isEqualTo(before.withVersion(1));
  }
}
