package io.flowpool.view.model;

import static io.flowpool.view.testing.ViewSamples.assigned;
import static io.flowpool.view.testing.ViewSamples.claimed;
import static io.flowpool.view.testing.ViewSamples.completed;
import static io.flowpool.view.testing.ViewSamples.deleted;
import static io.flowpool.view.testing.ViewSamples.groupAdded;
import static io.flowpool.view.testing.ViewSamples.groupRemoved;
import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.TaskCandidateUserChangedEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.view.api.TaskView;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskProjectionTest {

  private static final TaskView CREATED =
      TaskProjection.snapshot(task("t1").candidateGroups("sales").created(), 0);

  @Test
  void a_created_event_writes_its_full_snapshot_at_its_sequence() {
    TaskView row =
        upserted(TaskProjection.apply(Optional.empty(), task("t1").payload("a", 1).created(), 0));

    assertThat(row.id()).isEqualTo("t1");
    assertThat(row.name()).isEqualTo("Approve order");
    assertThat(row.payload().get("a")).isEqualTo(1);
    assertThat(row.version()).isZero();
  }

  @Test
  void assignment_and_candidate_changes_change_only_their_field() {
    TaskView row = upserted(apply(CREATED, assigned("t1", "kermit"), 1));
    row = upserted(apply(row, groupAdded("t1", "support"), 2));
    row = upserted(apply(row, groupRemoved("t1", "sales"), 3));
    row =
        upserted(
            apply(row, new TaskCandidateUserChangedEvent("t1", "piggy", CandidateChange.ADD), 4));

    assertThat(row.assignee()).isEqualTo("kermit");
    assertThat(row.candidateGroups()).containsExactly("support");
    assertThat(row.candidateUsers()).containsExactly("piggy");
    assertThat(row.name()).isEqualTo(CREATED.name());
    assertThat(row.version()).isEqualTo(4);
  }

  @Test
  void an_attribute_update_replaces_the_attributes_it_carries() {
    Instant due = Instant.parse("2026-04-01T00:00:00Z");
    TaskView row =
        upserted(
            apply(
                CREATED,
                task("t1").name("Renamed").dueDate(due).priority(7).payload("b", "x").updated(),
                1));

    assertThat(row.name()).isEqualTo("Renamed");
    assertThat(row.dueDate()).isEqualTo(due);
    assertThat(row.priority()).isEqualTo(7);
    assertThat(row.payload().values()).containsOnlyKeys("b");
    assertThat(row.candidateGroups()).containsExactly("sales");
  }

  @Test
  void an_interaction_changes_only_the_version() {
    TaskView row = upserted(apply(CREATED, claimed("t1", "kermit"), 1));

    assertThat(row).isEqualTo(TaskViewBuilder.from(CREATED).version(1).build());
  }

  @Test
  void completion_and_deletion_delete_the_row() {
    assertThat(apply(CREATED, completed("t1"), 1)).isInstanceOf(RowChange.Delete.class);
    assertThat(apply(CREATED, deleted("t1"), 1)).isInstanceOf(RowChange.Delete.class);
  }

  @Test
  void a_change_of_a_task_the_view_never_saw_created_changes_nothing() {
    assertThat(TaskProjection.apply(Optional.empty(), assigned("t1", "kermit"), 1))
        .isInstanceOf(RowChange.Keep.class);
    assertThat(TaskProjection.apply(Optional.empty(), completed("t1"), 1))
        .isInstanceOf(RowChange.Keep.class);
  }

  private static RowChange<TaskView> apply(TaskView row, TaskEvent event, long sequence) {
    return TaskProjection.apply(Optional.of(row), event, sequence);
  }

  private static TaskView upserted(RowChange<TaskView> change) {
    assertThat(change).isInstanceOf(RowChange.Upsert.class);
    return ((RowChange.Upsert<TaskView>) change).row();
  }
}
