package io.flowpool.adapter.jpaview;

import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.jpaview.testing.ViewTestDatabase;
import io.flowpool.view.api.AllTasksQuery;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.TaskAttributeNamesQuery;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import io.flowpool.view.model.FilterParser;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.SortParser;
import io.flowpool.view.model.TaskFilter;
import io.flowpool.view.model.ViewOrdering;
import io.flowpool.view.testing.TaskEventBuilder;
import io.flowpool.view.testing.ViewFixture;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL translation of payload filters and sorts gives what the domain's in-memory rules give
 * ({@code CriterionMatcher}, {@code ViewOrdering}), over payload values of every JSON kind.
 */
class SqlAgreesWithDomainIT {

  private static final String[] FILTERS = {
    "v=abc",
    "v=ABC def",
    "v=100",
    "v=100.0",
    "v=1e2",
    "v=100.5",
    "v=true",
    "v=false",
    "v=",
    "v=x",
    "v=5",
    "v=-3",
    "v=2500.25",
    "v%b",
    "v%B",
    "v%10",
    "v%ru",
    "v%",
    "v%.2",
    "v<5",
    "v>99",
    "v<b",
    "v>a",
    "v>-4",
    "v[]0|200",
    "v[]a|b",
    "v[]-5|0",
    "v[]a|200",
    "v<zzz",
    "v.w=nested",
    "v.w%NEST",
    "v.w=",
    "v.w=7",
    "v.w>6",
    "v.w%list",
    "missing=",
    "missing%",
    "v=1e20",
    "v=100000000000000000000",
    "v=0.0000001",
    "v=9223372036854775807",
    "v=123456789012345678901234567890",
    "v=2.5",
    "v=deep",
    "v=8",
    "v%00000000"
  };

  private static ViewTestDatabase database;
  private static ViewFixture view;
  private static List<TaskView> tasks;

  @BeforeAll
  static void createTasksWithValuesOfEveryKind() {
    database = ViewTestDatabase.start("jpa_view_agreement");
    view = new ViewFixture(database.freshStores());
    List<Object> values =
        Arrays.asList(
            "abc",
            "ABC def",
            100,
            new BigDecimal("100.5"),
            "100",
            true,
            null,
            List.of("x", 5, false),
            Map.of("w", "nested"),
            "",
            -3,
            "zeta",
            2500.25,
            List.of(Map.of("w", "in list"), Map.of("w", 7)),
            1e20,
            1.0e-7,
            Long.MAX_VALUE,
            new BigInteger("123456789012345678901234567890"),
            2.5f,
            // a list nested in a list is one element, not unwrapped further (PayloadPath)
            List.of(List.of("deep", 8)));
    for (int i = 0; i < values.size(); i++) {
      // every value twice: once for the sales group, once for another group
      view.emit(
          task(String.format("t%02d", i))
              .candidateGroups("sales")
              .payload("v", values.get(i))
              .created(),
          task(String.format("p%02d", i))
              .candidateGroups("purchasing")
              .payload("v", values.get(i))
              .created());
    }
    view.emit(withoutValue("t99").candidateGroups("sales").created());
    // Memory is compared on the tasks as read back from the database, i.e. after the JSON round
    // trip: a Double 1e20 comes back as the BigInteger 100000000000000000000, 1.0e-7 as the
    // BigDecimal 0.00000010 and the Float 2.5f as the BigDecimal 2.5; no query of this store sees
    // the written forms. (The rules read both forms alike: TextValues, PayloadValuesTest.)
    tasks = view.tasks().allTasks(new AllTasksQuery(0, 100, null, null)).items();
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
  }

  @ParameterizedTest
  @MethodSource("filters")
  void a_filter_selects_in_the_database_what_it_selects_in_memory(String filter) {
    TaskFilter inMemory = FilterParser.taskFilter(List.of(filter), false);

    assertThat(ids(view.tasks().allTasks(new AllTasksQuery(0, 100, null, List.of(filter))).items()))
        .containsExactlyInAnyOrderElementsOf(
            ids(tasks.stream().filter(t -> inMemory.test(t, List.of())).toList()));
  }

  /**
   * A reader's query finds rows through the access keys where the filter is a payload equality on a
   * top-level attribute, through the two-column index otherwise; both agree with memory.
   */
  @ParameterizedTest
  @MethodSource("filters")
  void a_filter_selects_for_a_reader_in_the_database_what_it_selects_in_memory(String filter) {
    TaskFilter inMemory = FilterParser.taskFilter(List.of(filter), false);
    List<String> expected =
        ids(
            tasks.stream()
                .filter(t -> t.candidateGroups().contains("sales"))
                .filter(t -> inMemory.test(t, List.of()))
                .toList());

    for (CurrentUser reader : List.of(inSales(0), inSales(100))) {
      assertThat(
              ids(
                  view.tasks()
                      .tasksForUser(
                          new TasksForUserQuery(
                              reader, false, false, 0, 100, null, List.of(filter)))
                      .items()))
          .as("%s for a user in %d groups", filter, reader.groups().size())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  static List<String> filters() {
    return List.of(FILTERS);
  }

  /** A user in the sales group and in this many others. */
  private static CurrentUser inSales(int otherGroups) {
    Set<String> groups = new TreeSet<>(Set.of("sales"));
    IntStream.range(0, otherGroups).forEach(i -> groups.add("other_" + i));
    return new CurrentUser("kermit", groups);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+payload.v", "-payload.v", "+payload.v.w", "-payload.v.w"})
  void a_payload_sort_orders_in_the_database_as_in_memory(String sort) {
    List<TaskView> sorted = new ArrayList<>(tasks);
    sorted.sort(ViewOrdering.tasks(SortParser.taskSort(List.of(sort))));

    assertThat(ids(view.tasks().allTasks(new AllTasksQuery(0, 100, List.of(sort), null)).items()))
        .containsExactlyElementsOf(ids(sorted));
  }

  /**
   * A payload sort reads its values in a sub-select of the rows that pass the conditions: for a
   * reader in few and in many groups, with no filter, a filter the access keys answer and others,
   * with and without data entries, page by page, two payload keys after an attribute order as in
   * memory.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "v=100", "missing=", "v%b"})
  void a_readers_pages_sorted_by_payload_keys_follow_the_in_memory_order(String filter) {
    List<String> sort = List.of("-priority", "+payload.v", "-payload.v.w");
    List<String> filters = filter.isEmpty() ? List.of() : List.of(filter);
    TaskFilter inMemory = FilterParser.taskFilter(filters, false);
    List<TaskView> expected =
        new ArrayList<>(
            tasks.stream()
                .filter(t -> t.candidateGroups().contains("sales"))
                .filter(t -> inMemory.test(t, List.of()))
                .toList());
    expected.sort(ViewOrdering.tasks(SortParser.taskSort(sort)));
    int size = 4;

    for (CurrentUser reader : List.of(inSales(0), inSales(100))) {
      List<String> pages = new ArrayList<>();
      List<String> pagesWithEntries = new ArrayList<>();
      for (int page = 0; page * size < expected.size(); page++) {
        pages.addAll(
            ids(
                view.tasks()
                    .tasksForUser(
                        new TasksForUserQuery(reader, false, false, page, size, sort, filters))
                    .items()));
        view.tasks()
            .tasksWithDataEntriesForUser(
                new TasksWithDataEntriesForUserQuery(
                    reader, false, false, page, size, sort, filters))
            .items()
            .forEach(item -> pagesWithEntries.add(item.task().id()));
      }
      assertThat(pages)
          .as("%s for a user in %d groups", filter, reader.groups().size())
          .containsExactlyElementsOf(ids(expected));
      assertThat(pagesWithEntries)
          .as("%s with data entries for a user in %d groups", filter, reader.groups().size())
          .containsExactlyElementsOf(ids(expected));
    }
  }

  @Test
  void a_readers_payload_paths_are_the_leaf_paths_of_their_tasks_in_memory() {
    Set<String> expected = new TreeSet<>();
    tasks.stream()
        .filter(t -> t.candidateGroups().contains("sales"))
        .forEach(t -> expected.addAll(PayloadPath.leafPathsOf(t.payload())));
    assertThat(expected).contains("v", "v.w", "other");

    for (CurrentUser reader : List.of(inSales(0), inSales(100))) {
      assertThat(view.tasks().taskAttributeNames(new TaskAttributeNamesQuery(reader, false)))
          .as("for a user in %d groups", reader.groups().size())
          .containsExactlyElementsOf(expected);
    }
  }

  private static TaskEventBuilder withoutValue(String taskId) {
    return task(taskId).payload("other", 1);
  }

  private static List<String> ids(List<TaskView> list) {
    return list.stream().map(TaskView::id).toList();
  }
}
