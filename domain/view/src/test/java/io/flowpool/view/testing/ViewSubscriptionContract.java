package io.flowpool.view.testing;

import static io.flowpool.view.testing.ViewSamples.GONZO;
import static io.flowpool.view.testing.ViewSamples.KERMIT;
import static io.flowpool.view.testing.ViewSamples.assigned;
import static io.flowpool.view.testing.ViewSamples.completed;
import static io.flowpool.view.testing.ViewSamples.order;
import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.DataEntriesForUserQuery;
import io.flowpool.view.api.DataEntryUpdate;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.InvalidQueryException;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskUpdate;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import io.flowpool.view.port.in.ViewSubscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live subscriptions over a store adapter: the initial page, then updates that honour the query's
 * authorization and filters, removals included, and data entries with the tasks they belong to.
 */
public abstract class ViewSubscriptionContract {

  protected ViewFixture view;
  protected final List<TaskUpdate> taskUpdates = new CopyOnWriteArrayList<>();
  protected final List<DataEntryUpdate> entryUpdates = new CopyOnWriteArrayList<>();

  /** Fresh, empty stores for each test. */
  protected abstract ViewStores createStores();

  @BeforeEach
  void createView() {
    view = new ViewFixture(createStores());
    view.emit(task("t1").candidateGroups("sales").created());
  }

  @Test
  void a_subscription_starts_with_the_current_page_and_then_gets_new_matching_tasks() {
    ViewSubscription<TaskWithDataEntries> subscription = followTasksOf(KERMIT);

    view.emit(task("t2").candidateUsers("kermit").created());

    assertThat(subscription.initialResult().items())
        .extracting(i -> i.task().id())
        .containsExactly("t1");
    assertThat(taskChanges()).containsExactly("+t2");
  }

  @Test
  void a_completed_task_is_delivered_as_a_removal() {
    followTasksOf(KERMIT);

    view.emit(completed("t1"));

    assertThat(taskChanges()).containsExactly("-t1");
  }

  @Test
  void tasks_the_user_may_not_see_are_never_delivered() {
    followTasksOf(KERMIT);

    view.emit(task("t2").candidateGroups("accounting").created(), completed("t2"));

    assertThat(taskUpdates).isEmpty();
  }

  @Test
  void a_task_taken_by_someone_else_leaves_an_assigned_to_me_subscription() {
    view.emit(assigned("t1", "kermit"));
    view.subscriptions()
        .subscribe(new TasksForUserQuery(KERMIT, true, false, 0, 50, null, null), taskUpdates::add);

    view.emit(assigned("t1", "piggy"));

    assertThat(taskChanges()).containsExactly("-t1");
  }

  @Test
  void updates_honour_the_filters_and_a_task_that_stops_matching_is_removed() {
    view.emit(task("t2").candidateGroups("sales").priority(80).created());
    view.subscriptions()
        .subscribe(
            new TasksForUserQuery(KERMIT, false, false, 0, 50, null, List.of("task.priority>60")),
            taskUpdates::add);

    view.emit(
        task("t3").candidateGroups("sales").priority(10).created(),
        task("t4").candidateGroups("sales").priority(90).created(),
        task("t2").candidateGroups("sales").priority(20).updated());

    assertThat(taskChanges()).containsExactly("+t4", "-t2");
  }

  @Test
  void a_task_followed_by_id_gets_its_changes_and_its_end() {
    ViewSubscription<TaskWithDataEntries> subscription =
        view.subscriptions().subscribe(new TaskForIdQuery("t1", KERMIT), taskUpdates::add);

    view.emit(
        task("t9").candidateGroups("sales").created(), assigned("t1", "kermit"), completed("t1"));

    assertThat(subscription.initialResult().items()).hasSize(1);
    assertThat(taskChanges()).containsExactly("+t1", "-t1");
  }

  @Test
  void updates_of_queries_with_data_entries_carry_the_entries_and_follow_their_changes() {
    view.emit(order("o1").authorizeGroups("sales").created());
    view.subscriptions()
        .subscribe(
            new TasksWithDataEntriesForUserQuery(KERMIT, false, false, 0, 50, null, null),
            taskUpdates::add);

    view.emit(task("t2").candidateGroups("sales").correlatedWith("order", "o1").created());
    view.emit(order("o1").state(ProcessingType.COMPLETED, "Done").updated());

    assertThat(taskUpdates).hasSize(2);
    assertThat(entryStates(taskUpdates.get(0))).containsExactly("In review");
    assertThat(entryStates(taskUpdates.get(1))).containsExactly("Done");
  }

  @Test
  void a_data_entry_change_that_ends_a_match_removes_the_task() {
    view.emit(
        order("o1").authorizeGroups("sales").created(),
        task("t2").candidateGroups("sales").correlatedWith("order", "o1").created());
    view.subscriptions()
        .subscribe(
            new TasksWithDataEntriesForUserQuery(
                KERMIT, false, false, 0, 50, null, List.of("data.state.state=In review")),
            taskUpdates::add);

    view.emit(order("o1").state(ProcessingType.COMPLETED, "Done").updated());

    assertThat(taskChanges()).containsExactly("-t2");
  }

  @Test
  void data_entry_subscriptions_get_authorized_changes_and_removals() {
    view.emit(order("o1").authorizeGroups("sales").created());
    ViewSubscription<DataEntryView> subscription =
        view.subscriptions()
            .subscribe(
                new DataEntriesForUserQuery(KERMIT, false, 0, 50, null, null), entryUpdates::add);

    view.emit(
        order("o2").authorizeUsers("kermit").created(),
        order("o3").authorizeUsers("gonzo").created(),
        order("o1").deleted());

    assertThat(subscription.initialResult().items())
        .extracting(DataEntryView::entryId)
        .containsExactly("o1");
    assertThat(entryUpdates)
        .extracting(DataEntryUpdate::identity)
        .containsExactly(new DataIdentity("order", "o2"), new DataIdentity("order", "o1"));
    assertThat(entryUpdates.get(1)).isInstanceOf(DataEntryUpdate.Removed.class);
  }

  @Test
  void a_revoked_reader_gets_the_entry_removed() {
    view.emit(order("o1").authorizeUsers("gonzo").created());
    view.subscriptions()
        .subscribe(new DataEntriesForUserQuery(GONZO, false, 0, 50, null, null), entryUpdates::add);

    view.emit(order("o1").revokeUser("gonzo").updated());

    assertThat(entryUpdates)
        .containsExactly(new DataEntryUpdate.Removed(new DataIdentity("order", "o1")));
  }

  @Test
  void a_closed_subscription_gets_nothing_more() {
    ViewSubscription<TaskWithDataEntries> subscription = followTasksOf(KERMIT);
    subscription.close();

    view.emit(task("t2").candidateUsers("kermit").created());

    assertThat(taskUpdates).isEmpty();
    assertThat(view.subscriptions().subscriptionCount()).isZero();
  }

  @Test
  void a_listener_that_fails_ends_its_subscription_without_stopping_the_projection() {
    view.subscriptions()
        .subscribe(
            new TasksForUserQuery(KERMIT, false, false, 0, 50, null, null),
            update -> {
              throw new IllegalStateException("client went away");
            });
    followTasksOf(KERMIT);

    view.emit(
        task("t2").candidateUsers("kermit").created(),
        task("t3").candidateUsers("kermit").created());

    assertThat(taskChanges()).containsExactly("+t2", "+t3");
    assertThat(view.subscriptions().subscriptionCount()).isEqualTo(1);
  }

  @Test
  void a_malformed_query_is_refused_when_subscribing() {
    assertThatThrownBy(
            () ->
                view.subscriptions()
                    .subscribe(
                        new TasksForUserQuery(KERMIT, false, false, 0, 50, null, List.of("oops")),
                        taskUpdates::add))
        .isInstanceOf(InvalidQueryException.class);
    assertThat(view.subscriptions().subscriptionCount()).isZero();
  }

  protected ViewSubscription<TaskWithDataEntries> followTasksOf(CurrentUser user) {
    return view.subscriptions()
        .subscribe(new TasksForUserQuery(user, false, false, 0, 50, null, null), taskUpdates::add);
  }

  /** The task updates so far, as "+id" for an upsert and "-id" for a removal. */
  protected List<String> taskChanges() {
    return taskUpdates.stream()
        .map(u -> (u instanceof TaskUpdate.Upserted ? "+" : "-") + u.taskId())
        .toList();
  }

  protected static List<String> entryStates(TaskUpdate update) {
    return ((TaskUpdate.Upserted) update)
        .dataEntries().stream().map(entry -> entry.state().state()).toList();
  }
}
