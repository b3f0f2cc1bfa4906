package io.flowpool.view.testing;

import static io.flowpool.view.testing.ViewSamples.FOZZIE;
import static io.flowpool.view.testing.ViewSamples.GONZO;
import static io.flowpool.view.testing.ViewSamples.KERMIT;
import static io.flowpool.view.testing.ViewSamples.NOW;
import static io.flowpool.view.testing.ViewSamples.PIGGY;
import static io.flowpool.view.testing.ViewSamples.order;
import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.AllTasksQuery;
import io.flowpool.view.api.ApplicationTaskCount;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.InvalidQueryException;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskAttributeNamesQuery;
import io.flowpool.view.api.TaskAttributeValuesQuery;
import io.flowpool.view.api.TaskCountByApplicationQuery;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.api.TaskWithDataEntriesForIdQuery;
import io.flowpool.view.api.TasksForApplicationQuery;
import io.flowpool.view.api.TasksForCandidateUserAndGroupQuery;
import io.flowpool.view.api.TasksForGroupQuery;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForGroupQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Task queries through a store adapter: authorization, filters, sort, paging, data entries, counts
 * and payload attributes. Subclass it and provide empty stores.
 *
 * <p>The sample: t1–t3 are visible to Kermit (sales), t4 only to Gonzo (accounting), t5 only to
 * Piggy (its assignee); t6 belongs to another application.
 */
public abstract class TaskViewStoreContract {

  protected ViewFixture view;

  /** Fresh, empty stores for each test. */
  protected abstract ViewStores createStores();

  @BeforeEach
  void createViewWithSampleTasks() {
    view = new ViewFixture(createStores());
    view.emit(
        task("t1")
            .name("Approve order")
            .businessKey("B-1")
            .candidateGroups("sales")
            .priority(10)
            .dueDate(NOW.plus(Duration.ofDays(1)))
            .payload("amount", 100)
            .payload("customer", Map.of("name", "Acme"))
            .payload("tags", List.of("urgent", "big"))
            .created(),
        task("t2")
            .name("Check invoice")
            .candidateGroups("sales")
            .assignee("kermit")
            .priority(50)
            .createTime(NOW.plus(Duration.ofHours(1)))
            .dueDate(NOW.plus(Duration.ofDays(3)))
            .payload("amount", 2500.5)
            .payload("customer", Map.of("name", "Globex"))
            .created(),
        task("t3")
            .name("Ship goods")
            .description("Send the ORDER out")
            .candidateUsers("kermit")
            .priority(90)
            .createTime(NOW.plus(Duration.ofHours(2)))
            .payload("amount", 7)
            .payload("customer", Map.of("name", "acme corp"))
            .created(),
        task("t4")
            .name("Book payment")
            .candidateGroups("accounting")
            .createTime(NOW.plus(Duration.ofHours(3)))
            .created(),
        task("t5")
            .name("Call customer")
            .assignee("piggy")
            .createTime(NOW.plus(Duration.ofHours(4)))
            .created(),
        task("t6")
            .name("Send invoice")
            .application("billing")
            .candidateGroups("accounting")
            .createTime(NOW.plus(Duration.ofHours(5)))
            .created());
  }

  @Test
  void a_user_sees_the_tasks_assigned_or_offered_to_the_user_or_to_one_of_the_users_groups() {
    assertThat(idsForUser(KERMIT)).containsExactly("t3", "t2", "t1");
    assertThat(idsForUser(PIGGY)).containsExactly("t5", "t2", "t1");
    assertThat(idsForUser(GONZO)).containsExactly("t6", "t4");
    assertThat(idsForUser(FOZZIE)).isEmpty();
  }

  @Test
  void assigned_to_me_only_returns_the_tasks_assigned_to_the_user() {
    ResultPage<TaskView> page =
        view.tasks().tasksForUser(new TasksForUserQuery(KERMIT, true, false, 0, 50, null, null));

    assertThat(ids(page)).containsExactly("t2");
  }

  @Test
  void the_group_query_leaves_out_assigned_tasks_unless_asked_to_include_them() {
    assertThat(
            ids(
                view.tasks()
                    .tasksForGroup(new TasksForGroupQuery(KERMIT, false, 0, 50, null, null))))
        .containsExactly("t1");
    assertThat(
            ids(
                view.tasks()
                    .tasksForGroup(new TasksForGroupQuery(KERMIT, true, 0, 50, null, null))))
        .containsExactly("t2", "t1");
  }

  @Test
  void the_candidate_query_counts_candidate_users_and_groups_but_not_the_assignee() {
    assertThat(
            ids(
                view.tasks()
                    .tasksForCandidateUserAndGroup(
                        new TasksForCandidateUserAndGroupQuery(KERMIT, false, 0, 50, null, null))))
        .containsExactly("t3", "t1");
    assertThat(
            ids(
                view.tasks()
                    .tasksForCandidateUserAndGroup(
                        new TasksForCandidateUserAndGroupQuery(PIGGY, true, 0, 50, null, null))))
        .containsExactly("t2", "t1");
  }

  @Test
  void administrators_see_all_tasks_or_those_of_one_application() {
    assertThat(ids(view.tasks().allTasks(new AllTasksQuery(0, 50, null, null))))
        .containsExactly("t6", "t5", "t4", "t3", "t2", "t1");
    assertThat(
            ids(
                view.tasks()
                    .tasksForApplication(
                        new TasksForApplicationQuery("billing", 0, 50, null, null))))
        .containsExactly("t6");
  }

  @Test
  void a_task_the_user_may_not_see_is_not_found_like_a_task_that_does_not_exist() {
    assertThat(view.tasks().taskForId(new TaskForIdQuery("t4", KERMIT))).isEmpty();
    assertThat(view.tasks().taskForId(new TaskForIdQuery("t404", KERMIT))).isEmpty();
    assertThat(view.tasks().taskForId(new TaskForIdQuery("t4", GONZO))).isPresent();
  }

  @Test
  void a_page_holds_its_slice_of_the_sorted_result_and_the_total_of_all_matches() {
    ResultPage<TaskView> first = view.tasks().allTasks(new AllTasksQuery(0, 4, null, null));
    ResultPage<TaskView> second = view.tasks().allTasks(new AllTasksQuery(1, 4, null, null));
    ResultPage<TaskView> beyond = view.tasks().allTasks(new AllTasksQuery(5, 4, null, null));

    assertThat(ids(first)).containsExactly("t6", "t5", "t4", "t3");
    assertThat(ids(second)).containsExactly("t2", "t1");
    assertThat(beyond.items()).isEmpty();
    assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(6L);
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(4);
  }

  @Test
  void a_sort_of_several_fields_orders_by_each_in_turn() {
    view.emit(
        task("t7").name("Zeta").candidateGroups("sales").priority(50).created(),
        task("t8").name("Alpha").candidateGroups("sales").priority(50).created());

    assertThat(idsForUser(KERMIT, List.of("+priority", "-task.name"), List.of()))
        .containsExactly("t1", "t7", "t2", "t8", "t3");
  }

  @Test
  void a_sort_by_payload_orders_numbers_as_numbers_and_missing_values_last() {
    assertThat(idsForAll(List.of("+payload.amount"), List.of()))
        .containsExactly("t3", "t1", "t2", "t4", "t5", "t6");
    assertThat(idsForAll(List.of("-payload.amount"), List.of()))
        .containsExactly("t2", "t1", "t3", "t4", "t5", "t6");
    assertThat(idsForAll(List.of("+payload.customer.name"), List.of()))
        .containsExactly("t1", "t2", "t3", "t4", "t5", "t6");
  }

  @Test
  void a_sort_by_a_date_puts_tasks_without_one_last_in_both_directions() {
    assertThat(idsForAll(List.of("+dueDate"), List.of()))
        .containsExactly("t1", "t2", "t3", "t4", "t5", "t6");
    assertThat(idsForAll(List.of("-dueDate"), List.of()))
        .containsExactly("t2", "t1", "t3", "t4", "t5", "t6");
  }

  @Test
  void an_unknown_sort_field_is_refused_naming_it() {
    assertThatThrownBy(() -> idsForAll(List.of("+colour"), List.of()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void a_text_attribute_filter_with_percent_matches_a_part_ignoring_case() {
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.name%ORDER"))).containsExactly("t1");
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.textSearch%SEND")))
        .containsExactly("t3");
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.textSearch%approve")))
        .containsExactly("t1");
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.processName%order process")))
        .containsExactly("t3", "t2", "t1");
  }

  @Test
  void number_and_date_attributes_compare_by_value() {
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.priority>20")))
        .containsExactly("t3", "t2");
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.priority<50"))).containsExactly("t1");
    assertThat(
            idsForUser(KERMIT, List.of(), List.of("task.dueDate[]2026-03-02|2026-03-04T00:00:00Z")))
        .containsExactly("t1");
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.dueDate>2026-03-04")))
        .containsExactly("t2");
  }

  @Test
  void an_empty_value_with_equals_matches_an_absent_attribute() {
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.assignee=")))
        .containsExactly("t3", "t1");
    assertThat(idsForUser(KERMIT, List.of(), List.of("task.dueDate="))).containsExactly("t3");
  }

  @Test
  void filters_with_the_same_name_are_alternatives_and_different_names_must_all_match() {
    assertThat(
            idsForUser(
                KERMIT, List.of(), List.of("task.name=Approve order", "task.name=Ship goods")))
        .containsExactly("t3", "t1");
    assertThat(
            idsForUser(
                KERMIT,
                List.of(),
                List.of("task.name=Approve order", "task.name=Ship goods", "task.priority>50")))
        .containsExactly("t3");
  }

  @Test
  void a_payload_filter_compares_numbers_as_numbers_and_texts_as_texts() {
    assertThat(idsForUser(KERMIT, List.of(), List.of("amount=100.0"))).containsExactly("t1");
    assertThat(idsForUser(KERMIT, List.of(), List.of("amount>99"))).containsExactly("t2", "t1");
    assertThat(idsForUser(KERMIT, List.of(), List.of("amount[]7|100"))).containsExactly("t3", "t1");
    assertThat(idsForUser(KERMIT, List.of(), List.of("customer.name=Globex")))
        .containsExactly("t2");
  }

  @Test
  void a_payload_filter_reaches_into_nested_maps_and_lists() {
    assertThat(idsForUser(KERMIT, List.of(), List.of("customer.name%ACME")))
        .containsExactly("t3", "t1");
    assertThat(idsForUser(KERMIT, List.of(), List.of("tags=big"))).containsExactly("t1");
  }

  @Test
  void a_filter_value_may_contain_operator_characters() {
    view.emit(task("t9").candidateGroups("sales").payload("formula", "a=b<c>d%e").created());

    assertThat(idsForUser(KERMIT, List.of(), List.of("formula=a=b<c>d%e"))).containsExactly("t9");
  }

  @Test
  void filters_never_widen_what_the_user_may_see() {
    assertThat(idsForUser(GONZO, List.of(), List.of("task.name=Approve order"))).isEmpty();
  }

  @Test
  void a_malformed_filter_is_refused_with_a_message_naming_it() {
    assertThatThrownBy(() -> idsForUser(KERMIT, List.of(), List.of("task.name")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'task.name'");
    assertThatThrownBy(() -> idsForUser(KERMIT, List.of(), List.of("task.colour=red")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> idsForUser(KERMIT, List.of(), List.of("data.state.state=open")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("data.state.state=open");
  }

  @Test
  void tasks_with_data_entries_carry_only_the_correlated_entries_the_user_may_see() {
    emitOrdersAndCorrelatedTasks();

    ResultPage<TaskWithDataEntries> page =
        withDataEntriesForKermit(List.of("task.id=t10", "task.id=t11"));

    assertThat(page.items())
        .extracting(item -> item.task().id(), item -> entryIds(item.dataEntries()))
        .containsExactly(tuple("t11", List.of()), tuple("t10", List.of("o1")));
  }

  @Test
  void data_entry_filters_match_a_task_through_the_entries_the_user_may_see() {
    emitOrdersAndCorrelatedTasks();

    assertThat(withDataEntriesForKermit(List.of("data.state.processingType=IN_PROGRESS")).items())
        .extracting(item -> item.task().id())
        .containsExactly("t10");
    assertThat(withDataEntriesForKermit(List.of("region=north")).items())
        .extracting(item -> item.task().id())
        .containsExactly("t10");
    assertThat(withDataEntriesForKermit(List.of("region=south")).items()).isEmpty();
  }

  @Test
  void the_group_query_with_data_entries_applies_the_group_rule() {
    emitOrdersAndCorrelatedTasks();

    ResultPage<TaskWithDataEntries> page =
        view.tasks()
            .tasksWithDataEntriesForGroup(
                new TasksWithDataEntriesForGroupQuery(KERMIT, false, 0, 50, null, null));

    assertThat(page.items())
        .extracting(item -> item.task().id())
        .containsExactly("t11", "t10", "t1");
  }

  @Test
  void a_task_with_data_entries_by_id_is_found_only_for_a_user_who_may_see_it() {
    emitOrdersAndCorrelatedTasks();

    assertThat(
            view.tasks().taskWithDataEntriesForId(new TaskWithDataEntriesForIdQuery("t10", KERMIT)))
        .hasValueSatisfying(item -> assertThat(entryIds(item.dataEntries())).containsExactly("o1"));
    assertThat(
            view.tasks().taskWithDataEntriesForId(new TaskWithDataEntriesForIdQuery("t10", GONZO)))
        .isEmpty();
  }

  @Test
  void
      involvements_only_returns_visible_tasks_whose_data_entries_name_the_user_in_their_protocol() {
    emitOrdersAndCorrelatedTasks();

    assertThat(
            ids(
                view.tasks()
                    .tasksForUser(new TasksForUserQuery(PIGGY, false, true, 0, 50, null, null))))
        .containsExactly("t10");
    assertThat(
            ids(
                view.tasks()
                    .tasksForUser(new TasksForUserQuery(KERMIT, false, true, 0, 50, null, null))))
        .isEmpty();
    assertThat(
            ids(
                view.tasks()
                    .tasksForUser(new TasksForUserQuery(PIGGY, true, true, 0, 50, null, null))))
        .containsExactly("t10", "t5");
  }

  @Test
  void open_tasks_are_counted_per_application() {
    view.emit(ViewSamples.completed("t5"));

    assertThat(view.tasks().taskCountByApplication(new TaskCountByApplicationQuery()))
        .containsExactly(
            new ApplicationTaskCount("billing", 1),
            new ApplicationTaskCount("order-application", 4));
  }

  @Test
  void payload_attribute_names_and_values_cover_the_tasks_the_user_may_see() {
    view.emit(task("t9").candidateGroups("accounting").payload("secret", "x").created());

    assertThat(view.tasks().taskAttributeNames(new TaskAttributeNamesQuery(KERMIT, false)))
        .containsExactly("amount", "customer.name", "tags");
    assertThat(view.tasks().taskAttributeNames(new TaskAttributeNamesQuery(KERMIT, true)))
        .containsExactly("amount", "customer.name");
    assertThat(
            view.tasks()
                .taskAttributeValues(
                    new TaskAttributeValuesQuery("customer.name", KERMIT, false, 10)))
        .containsExactly("Acme", "Globex", "acme corp");
    assertThat(
            view.tasks()
                .taskAttributeValues(new TaskAttributeValuesQuery("amount", KERMIT, false, 2)))
        .extracting(value -> new BigDecimal(value.toString()))
        .containsExactly(new BigDecimal("7"), new BigDecimal("100"));
  }

  /**
   * Orders o1 (sales may see it; Piggy changed it) and o2 (only Gonzo), tasks t10 (on o1) and t11
   * (on o2), both offered to sales.
   */
  protected void emitOrdersAndCorrelatedTasks() {
    view.emit(
        order("o1")
            .authorizeGroups("sales")
            .payload("region", "north")
            .changedBy("piggy", "created")
            .created(),
        order("o2")
            .authorizeUsers("gonzo")
            .state(ProcessingType.COMPLETED, "Done")
            .payload("region", "south")
            .created(),
        task("t10")
            .candidateGroups("sales")
            .createTime(NOW.plus(Duration.ofHours(10)))
            .correlatedWith("order", "o1")
            .created(),
        task("t11")
            .candidateGroups("sales")
            .createTime(NOW.plus(Duration.ofHours(11)))
            .correlatedWith("order", "o2")
            .created());
  }

  protected ResultPage<TaskWithDataEntries> withDataEntriesForKermit(List<String> filters) {
    return view.tasks()
        .tasksWithDataEntriesForUser(
            new TasksWithDataEntriesForUserQuery(KERMIT, false, false, 0, 50, null, filters));
  }

  protected List<String> idsForUser(CurrentUser user) {
    return idsForUser(user, List.of(), List.of());
  }

  protected List<String> idsForUser(CurrentUser user, List<String> sort, List<String> filters) {
    return ids(
        view.tasks().tasksForUser(new TasksForUserQuery(user, false, false, 0, 50, sort, filters)));
  }

  protected List<String> idsForAll(List<String> sort, List<String> filters) {
    return ids(view.tasks().allTasks(new AllTasksQuery(0, 50, sort, filters)));
  }

  protected static List<String> ids(ResultPage<TaskView> page) {
    return page.items().stream().map(TaskView::id).toList();
  }

  protected static List<String> entryIds(List<DataEntryView> entries) {
    return entries.stream().map(DataEntryView::entryId).toList();
  }
}
