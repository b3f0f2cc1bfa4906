package io.flowpool.view.testing;

import static io.flowpool.view.testing.ViewFixture.at;
import static io.flowpool.view.testing.ViewSamples.KERMIT;
import static io.flowpool.view.testing.ViewSamples.PIGGY;
import static io.flowpool.view.testing.ViewSamples.assigned;
import static io.flowpool.view.testing.ViewSamples.claimed;
import static io.flowpool.view.testing.ViewSamples.completed;
import static io.flowpool.view.testing.ViewSamples.deleted;
import static io.flowpool.view.testing.ViewSamples.groupAdded;
import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.view.api.AllTasksQuery;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskUpdate;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.model.AggregateRef;
import io.flowpool.view.model.ProjectionProgress;
import io.flowpool.view.port.out.ProjectionProgressStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-aggregate sequence guard, run through a store adapter: duplicates change nothing, early
 * events wait for their predecessors, completed tasks never come back, and a failed projection
 * leaves nothing behind; a batch projected in one transaction ends the same, all or nothing.
 * Subclass it and provide empty stores.
 */
public abstract class ProjectionContract {

  protected ViewFixture view;

  /** Fresh, empty stores for each test. */
  protected abstract ViewStores createStores();

  @BeforeEach
  void createView() {
    view = new ViewFixture(createStores());
  }

  @Test
  void created_task_is_found_with_the_sequence_number_of_its_last_event_as_version() {
    view.emit(task("t1").candidateGroups("sales").created(), assigned("t1", "kermit"));

    assertThat(taskSeenBy("t1", KERMIT))
        .hasValueSatisfying(
            t -> {
              assertThat(t.assignee()).isEqualTo("kermit");
              assertThat(t.version()).isEqualTo(1);
            });
  }

  @Test
  void an_event_delivered_twice_changes_nothing_the_second_time() {
    view.project(0, task("t1").candidateGroups("sales").created())
        .project(1, assigned("t1", "kermit"))
        .project(1, assigned("t1", "piggy"));

    assertThat(taskSeenBy("t1", KERMIT).map(TaskView::assignee)).hasValue("kermit");
  }

  @Test
  void an_event_below_the_last_applied_sequence_changes_nothing() {
    view.project(0, task("t1").candidateGroups("sales").created())
        .project(1, assigned("t1", "kermit"))
        .project(0, task("t1").candidateGroups("sales").name("Stale name").created());

    assertThat(taskSeenBy("t1", KERMIT))
        .hasValueSatisfying(
            t -> {
              assertThat(t.name()).isEqualTo("Approve order");
              assertThat(t.assignee()).isEqualTo("kermit");
            });
  }

  @Test
  void an_update_that_arrives_before_the_create_is_applied_once_the_create_arrives() {
    view.project(1, assigned("t1", "kermit"));
    assertThat(taskSeenBy("t1", KERMIT)).isEmpty();

    view.project(0, task("t1").created());

    assertThat(taskSeenBy("t1", KERMIT).map(TaskView::assignee)).hasValue("kermit");
  }

  @Test
  void early_events_wait_until_the_gap_before_them_is_filled() {
    view.project(3, assigned("t1", "piggy"))
        .project(0, task("t1").created())
        .project(2, groupAdded("t1", "sales"));
    assertThat(taskSeenBy("t1", PIGGY)).isEmpty();
    assertThat(allTasks()).extracting(TaskView::version).containsExactly(0L);

    view.project(1, assigned("t1", "kermit"));

    assertThat(taskSeenBy("t1", PIGGY))
        .hasValueSatisfying(
            t -> {
              assertThat(t.assignee()).isEqualTo("piggy");
              assertThat(t.candidateGroups()).containsExactly("sales");
              assertThat(t.version()).isEqualTo(3);
            });
  }

  @Test
  void an_early_event_delivered_twice_is_applied_once() {
    view.project(2, groupAdded("t1", "sales"))
        .project(2, groupAdded("t1", "sales"))
        .project(0, task("t1").created())
        .project(1, assigned("t1", "kermit"))
        .project(3, assigned("t1", "piggy"));

    assertThat(taskSeenBy("t1", PIGGY).map(TaskView::version)).hasValue(3L);
  }

  @Test
  void a_completed_task_never_comes_back_when_its_create_is_delivered_again() {
    view.emit(task("t1").assignee("kermit").created(), completed("t1"));

    view.project(0, task("t1").assignee("kermit").created());

    assertThat(taskSeenBy("t1", KERMIT)).isEmpty();
    assertThat(allTasks()).isEmpty();
  }

  @Test
  void a_completed_task_whose_earlier_events_arrive_late_stays_gone() {
    view.project(2, completed("t1"))
        .project(1, assigned("t1", "kermit"))
        .project(0, task("t1").created());

    assertThat(allTasks()).isEmpty();
  }

  @Test
  void a_deleted_task_is_gone_and_stays_gone() {
    view.emit(task("t1").assignee("kermit").created(), deleted("t1"));
    view.project(1, assigned("t1", "kermit"));

    assertThat(taskSeenBy("t1", KERMIT)).isEmpty();
  }

  @Test
  void an_interaction_moves_the_version_on_and_changes_nothing_else() {
    view.emit(task("t1").candidateGroups("sales").created(), claimed("t1", "kermit"));

    assertThat(taskSeenBy("t1", KERMIT))
        .hasValueSatisfying(
            t -> {
              assertThat(t.assignee()).isNull();
              assertThat(t.version()).isEqualTo(1);
            });
  }

  @Test
  void a_repeated_create_with_a_new_sequence_replaces_the_snapshot() {
    view.emit(
        task("t1").candidateGroups("sales").created(),
        task("t1").candidateGroups("sales").name("Re-imported").created());

    assertThat(taskSeenBy("t1", KERMIT).map(TaskView::name)).hasValue("Re-imported");
  }

  @Test
  void an_envelope_for_another_aggregate_is_refused() {
    ViewEvent<?> wrong = new ViewEvent<>("t2", 0, ViewSamples.NOW, task("t1").created());

    assertThatThrownBy(() -> view.project(wrong)).isInstanceOf(InvalidValueException.class);
    assertThat(allTasks()).isEmpty();
  }

  @Test
  void a_projection_that_fails_leaves_neither_row_nor_progress_behind() {
    ViewStores stores = createStores();
    ProjectionProgressStore failing = new FailingOnSave(stores.progress());
    ViewFixture broken = new ViewFixture(stores.withProgress(failing));

    assertThatThrownBy(() -> broken.emit(task("t1").assignee("kermit").created()))
        .isInstanceOf(IllegalStateException.class);

    ViewFixture healthy = new ViewFixture(stores);
    assertThat(healthy.tasks().taskForId(new TaskForIdQuery("t1", KERMIT))).isEmpty();
    healthy.project(0, task("t1").assignee("kermit").created());
    assertThat(healthy.tasks().taskForId(new TaskForIdQuery("t1", KERMIT))).isPresent();
  }

  @Test
  void a_batch_with_duplicates_and_early_events_ends_as_if_its_events_came_one_at_a_time() {
    view.projectAll(
        at(1, assigned("t1", "kermit")),
        at(0, task("t2").candidateGroups("sales").created()),
        at(0, task("t1").candidateGroups("sales").created()),
        at(1, assigned("t1", "piggy")),
        at(3, assigned("t1", "piggy")),
        at(1, assigned("t2", "piggy")),
        at(0, task("t2").candidateGroups("sales").name("Stale name").created()));

    assertThat(taskSeenBy("t1", KERMIT))
        .hasValueSatisfying(
            t -> {
              assertThat(t.assignee()).isEqualTo("kermit");
              assertThat(t.version()).isEqualTo(1);
            });
    assertThat(taskSeenBy("t2", PIGGY))
        .hasValueSatisfying(
            t -> {
              assertThat(t.name()).isEqualTo("Approve order");
              assertThat(t.version()).isEqualTo(1);
            });

    view.projectAll(at(2, groupAdded("t1", "sales")), at(2, groupAdded("t1", "sales")));

    assertThat(taskSeenBy("t1", PIGGY))
        .hasValueSatisfying(
            t -> {
              assertThat(t.assignee()).isEqualTo("piggy");
              assertThat(t.version()).isEqualTo(3);
            });
  }

  @Test
  void a_task_completed_inside_a_batch_does_not_come_back_with_its_create_in_the_same_batch() {
    view.projectAll(
        at(0, task("t1").assignee("kermit").created()),
        at(1, completed("t1")),
        at(0, task("t1").assignee("kermit").created()),
        at(1, assigned("t1", "kermit")));

    assertThat(allTasks()).isEmpty();

    view.projectAll(at(0, task("t1").assignee("kermit").created()));

    assertThat(allTasks()).isEmpty();
  }

  @Test
  void a_batch_with_one_failing_event_leaves_nothing_behind_and_tells_no_subscriber() {
    ViewStores stores = createStores();
    ProjectionProgressStore failing = new FailingOnSaveFor("t2", stores.progress());
    ViewFixture broken = new ViewFixture(stores.withProgress(failing));
    List<TaskUpdate> updates = new CopyOnWriteArrayList<>();
    broken
        .subscriptions()
        .subscribe(new TasksForUserQuery(KERMIT, false, false, 0, 50, null, null), updates::add);

    assertThatThrownBy(
            () ->
                broken.projectAll(
                    at(0, task("t1").assignee("kermit").created()),
                    at(0, task("t2").assignee("kermit").created()),
                    at(0, task("t3").assignee("kermit").created())))
        .isInstanceOf(IllegalStateException.class);

    assertThat(updates).isEmpty();
    ViewFixture healthy = new ViewFixture(stores);
    assertThat(healthy.tasks().taskForId(new TaskForIdQuery("t1", KERMIT))).isEmpty();
    healthy.project(0, task("t1").assignee("kermit").created());
    assertThat(healthy.tasks().taskForId(new TaskForIdQuery("t1", KERMIT))).isPresent();
  }

  @Test
  void a_batch_tells_subscribers_of_its_changes_in_order_once_it_committed() {
    List<TaskUpdate> updates = new CopyOnWriteArrayList<>();
    view.subscriptions()
        .subscribe(new TasksForUserQuery(KERMIT, false, false, 0, 50, null, null), updates::add);

    view.projectAll(
        at(0, task("t1").assignee("kermit").created()),
        at(0, task("t2").assignee("kermit").created()),
        at(1, completed("t1")));

    assertThat(updates)
        .extracting(u -> (u instanceof TaskUpdate.Upserted ? "+" : "-") + u.taskId())
        .containsExactly("+t1", "+t2", "-t1");
  }

  protected Optional<TaskView> taskSeenBy(String taskId, CurrentUser user) {
    return view.tasks().taskForId(new TaskForIdQuery(taskId, user));
  }

  protected List<TaskView> allTasks() {
    return view.tasks().allTasks(new AllTasksQuery(0, 100, null, null)).items();
  }

  /** A progress store whose writes for one aggregate fail after its rows were written. */
  private record FailingOnSaveFor(String aggregateId, ProjectionProgressStore delegate)
      implements ProjectionProgressStore {

    @Override
    public Optional<ProjectionProgress> load(AggregateRef aggregate) {
      return delegate.load(aggregate);
    }

    @Override
    public void save(ProjectionProgress progress) {
      if (progress.aggregate().id().equals(aggregateId)) {
        throw new IllegalStateException("the database went away");
      }
      delegate.save(progress);
    }
  }

  /** A progress store whose writes fail after the rows were written. */
  private record FailingOnSave(ProjectionProgressStore delegate)
      implements ProjectionProgressStore {

    @Override
    public Optional<ProjectionProgress> load(AggregateRef aggregate) {
      return delegate.load(aggregate);
    }

    @Override
    public void save(ProjectionProgress progress) {
      throw new IllegalStateException("the database went away");
    }
  }
}
