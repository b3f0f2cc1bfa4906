package io.flowpool.adapter.jpaview;

import static io.flowpool.view.testing.ViewSamples.order;
import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.adapter.jpaview.entity.Principals;
import io.flowpool.adapter.jpaview.entity.TaskAccessKeys;
import io.flowpool.adapter.jpaview.entity.TaskEntity;
import io.flowpool.adapter.jpaview.json.JsonCodec;
import io.flowpool.adapter.jpaview.sql.SqlStatement;
import io.flowpool.adapter.jpaview.sql.TaskSql;
import io.flowpool.adapter.jpaview.testing.ApplicationNote;
import io.flowpool.adapter.jpaview.testing.StatementCounter;
import io.flowpool.adapter.jpaview.testing.SyntheticTasks;
import io.flowpool.adapter.jpaview.testing.ViewTestDatabase;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import io.flowpool.view.model.AggregateKind;
import io.flowpool.view.model.AggregateRef;
import io.flowpool.view.model.CompiledTaskQuery;
import io.flowpool.view.model.ProjectionProgress;
import io.flowpool.view.model.TaskQueries;
import io.flowpool.view.testing.ViewFixture;
import io.flowpool.view.testing.ViewStores;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What only a database view has to prove: the indexes carry the queries, long payload values work,
 * the progress row is locked, tasks with data entries take one statement, and the view's entities
 * join the application's persistence unit.
 */
class PostgresViewIT {

  private static ViewTestDatabase database;

  private ViewStores stores;
  private ViewFixture view;

  @BeforeAll
  static void startDatabase() {
    database = ViewTestDatabase.start("jpa_view_postgres");
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
  }

  @BeforeEach
  void emptyView() {
    stores = database.freshStores();
    view = new ViewFixture(stores);
  }

  @Test
  void a_user_in_200_groups_is_authorized_by_one_condition_on_the_principals_index() {
    loadSyntheticTasks();
    SqlStatement statement = pageStatement(userInGroups(200), List.of());

    assertThat(occurrences(statement.sql(), "principals &&")).isEqualTo(1);
    assertThat(occurrences(statement.sql(), " OR ")).isZero();
    assertThat(planWithoutSequentialScans(statement))
        .contains("fp_task_access_idx")
        .contains("Index Cond: (principals && ");
  }

  @Test
  void authorization_and_a_payload_equality_on_a_nested_path_meet_in_one_index_scan() {
    loadSyntheticTasks();
    SqlStatement statement = pageStatement(userInGroups(20), List.of("customer.code=42"));

    assertThat(statement.sql()).doesNotContain("access_keys");
    assertThat(planWithoutSequentialScans(statement))
        .contains("fp_task_access_idx")
        .containsPattern("Index Cond: \\(\\(principals && .*\\) AND \\(payload @\\? ");
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 200})
  void a_payload_equality_finds_the_readers_tasks_through_their_access_keys(int groups) {
    loadSyntheticTasks();
    CurrentUser user = userInGroups(groups);
    // 40 customers (about 800 tasks) so that a user in 20 of the 2,000 groups sees some of them
    List<String> customers = IntStream.range(0, 40).mapToObj(i -> "cust_" + i).toList();
    List<String> filters = customers.stream().map(customer -> "customer=" + customer).toList();
    SqlStatement statement = pageStatement(user, filters);

    String plan = planWithoutSequentialScans(statement);
    assertThat(plan)
        .contains("fp_task_access_keys_idx")
        .contains("fp_task_without_access_keys_idx")
        .doesNotContain("fp_task_access_idx");
    if (groups > 64) { // many principals: each row found is checked by hash
      assertThat(plan).contains("hashed SubPlan");
    }
    assertThat(pageIds(user, filters))
        .hasSizeGreaterThan(5)
        .containsExactlyElementsOf(
            database
                .jdbc()
                .queryForList(
                    "SELECT id FROM fp_task WHERE principals && ?::text[]"
                        + " AND payload ->> 'customer' = ANY (?::text[])"
                        + " ORDER BY due_date DESC NULLS LAST, id COLLATE \"C\" LIMIT 50",
                    String.class,
                    "{" + String.join(",", Principals.ofReader(user, true, true)) + "}",
                    "{" + String.join(",", customers) + "}"));
  }

  @Test
  void json_and_jsonpath_values_reach_postgresql_as_parameters_of_their_own_type() {
    SqlStatement page = pageStatement(userInGroups(20), List.of("customer=cust_1"));
    SqlStatement correlated = TaskSql.correlatedWith("{\"order\":\"o-1\"}");

    // A text parameter cast to jsonpath would be parsed again for every row a generic plan tests.
    assertThat(serverParameterTypes(page)).contains("jsonpath");
    assertThat(serverParameterTypes(correlated)).isEqualTo("{jsonb}");
  }

  @Test
  void synthetic_tasks_carry_the_access_keys_that_the_view_computes() {
    SyntheticTasks.insert(database.jdbc(), 1, 200);
    JsonCodec json = new JsonCodec();

    List<Map<String, Object>> rows =
        database
            .jdbc()
            .queryForList("SELECT principals, payload::text AS payload, access_keys FROM fp_task");
    assertThat(rows).hasSize(200);
    for (Map<String, Object> row : rows) {
      String[] principals = (String[]) arrayOf(row.get("principals"));
      Long[] keys = (Long[]) arrayOf(row.get("access_keys"));
      assertThat(keys)
          .containsExactlyInAnyOrder(
              TaskAccessKeys.ofTask(principals, json.readObject((String) row.get("payload"))));
    }
  }

  @Test
  void the_backfill_keys_a_flat_payload_as_the_view_does_and_leaves_any_other_without_keys() {
    String[] principals = {"group:sales", "user:kermit", "assignee:gonzo"};
    String flat =
        "{\"customer\": \"c1\", \"amount\": 100.50, \"big\": 1E+2, \"zero\": -0.0,"
            + " \"urgent\": true, \"note\": null, \"empty\": \"\"}";

    assertThat(backfillKeys(principals, flat))
        .containsExactlyInAnyOrder(
            TaskAccessKeys.ofTask(principals, new JsonCodec().readObject(flat)));
    assertThat(backfillKeys(principals, "{}")).isEmpty();
    assertThat(backfillKeys(principals, "{\"lines\": [1, 2]}")).isNull();
    assertThat(backfillKeys(principals, "{\"address\": {\"city\": \"x\"}}")).isNull();
    assertThat(backfillKeys(principals, "{\"amount\": 1" + "0".repeat(1000) + "}")).isNull();
  }

  @Test
  void a_task_without_access_keys_is_found_by_the_exact_conditions() {
    List<Integer> tooManyValues =
        IntStream.rangeClosed(0, TaskAccessKeys.MAX_KEYS).boxed().toList();
    view.emit(task("keyed").candidateGroups("sales").payload("customer", "c1").created());
    view.emit(
        task("written-before-keys").candidateGroups("sales").payload("customer", "c1").created());
    view.emit(
        task("too-many-keys")
            .candidateGroups("sales")
            .payload("customer", "c1")
            .payload("lines", tooManyValues)
            .created());
    view.emit(task("other-customer").candidateGroups("sales").payload("customer", "c2").created());
    view.emit(
        task("other-group").candidateGroups("purchasing").payload("customer", "c1").created());
    database
        .jdbc()
        .update("UPDATE fp_task SET access_keys = NULL WHERE id = 'written-before-keys'");

    assertThat(
            database
                .jdbc()
                .queryForList("SELECT id FROM fp_task WHERE access_keys IS NULL", String.class))
        .containsExactlyInAnyOrder("written-before-keys", "too-many-keys");
    assertThat(idsFor("customer=c1"))
        .containsExactlyInAnyOrder("keyed", "written-before-keys", "too-many-keys");
  }

  @Test
  void a_payload_value_of_10_kilobytes_is_stored_and_found_by_every_operator() {
    String longText = "x".repeat(10_000) + "needle" + "y".repeat(200);
    view.emit(task("t1").candidateGroups("sales").payload("note", longText).created());
    view.emit(task("t2").candidateGroups("sales").payload("note", "short").created());

    assertThat(idsFor("note=" + longText)).containsExactly("t1");
    assertThat(idsFor("note%NEEDLE")).containsExactly("t1");
    assertThat(idsFor("note>xxxx")).containsExactly("t1");
    assertThat(view.tasks().taskForId(new TaskForIdQuery("t1", sales())))
        .hasValueSatisfying(t -> assertThat(t.payload().get("note")).isEqualTo(longText));
  }

  @Test
  void tasks_with_their_data_entries_are_read_in_one_statement() {
    IntStream.range(0, 10)
        .forEach(
            i ->
                view.emit(
                    order("o" + i).authorizeGroups("sales").changedBy("piggy", "created").created(),
                    task("t" + i)
                        .candidateGroups("sales")
                        .correlatedWith("order", "o" + i)
                        .correlatedWith("invoice", "i" + i)
                        .created()));
    StatementCounter counter = database.context().getBean(StatementCounter.class);

    counter.reset();
    List<TaskWithDataEntries> items =
        view.tasks()
            .tasksWithDataEntriesForUser(
                new TasksWithDataEntriesForUserQuery(sales(), false, false, 0, 50, null, null))
            .items();

    assertThat(counter.statements()).isEqualTo(1);
    assertThat(items).hasSize(10);
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.dataEntries()).hasSize(1);
              assertThat(item.dataEntries().get(0).protocol()).hasSize(1);
            });
  }

  @Test
  void the_progress_of_an_aggregate_stays_locked_until_its_transaction_ends() throws Exception {
    assertSecondLoadWaitsForTheFirst(new AggregateRef(AggregateKind.TASK, "new-task"));

    stores
        .transactions()
        .inTransaction(
            () -> {
              stores.progress().save(ProjectionProgress.start(ref("known-task")));
              return null;
            });
    assertSecondLoadWaitsForTheFirst(ref("known-task"));
  }

  @Test
  void a_projection_that_fails_inside_a_callers_transaction_rolls_back_alone() {
    TransactionTemplate caller =
        new TransactionTemplate(database.context().getBean(PlatformTransactionManager.class));

    caller.executeWithoutResult(
        status -> {
          assertThatThrownBy(
                  () ->
                      stores
                          .transactions()
                          .inTransaction(
                              () -> {
                                stores
                                    .progress()
                                    .save(new ProjectionProgress(ref("failing"), 5, List.of()));
                                throw new IllegalStateException("cannot project this event");
                              }))
              .hasMessage("cannot project this event");
          stores
              .transactions()
              .inTransaction(
                  () -> {
                    stores.progress().save(new ProjectionProgress(ref("next"), 3, List.of()));
                    return null;
                  });
          assertThat(status.isRollbackOnly()).isFalse();
        });

    // loading an unknown aggregate creates its empty progress (last sequence -1) to lock it
    assertThat(lastSequenceOf(ref("failing"))).isEqualTo(-1L);
    assertThat(lastSequenceOf(ref("next"))).isEqualTo(3L);
  }

  private long lastSequenceOf(AggregateRef aggregate) {
    return stores
        .transactions()
        .inTransaction(() -> stores.progress().load(aggregate))
        .map(ProjectionProgress::lastSequence)
        .orElse(-1L);
  }

  @Test
  void the_view_entities_join_those_of_the_application() {
    EntityManagerFactory factory = database.context().getBean(EntityManagerFactory.class);

    assertThat(factory.getMetamodel().getEntities())
        .extracting(entity -> entity.getJavaType().getName())
        .contains(TaskEntity.class.getName(), ApplicationNote.class.getName());
  }

  private void assertSecondLoadWaitsForTheFirst(AggregateRef aggregate) throws Exception {
    CountDownLatch firstHasLock = new CountDownLatch(1);
    CountDownLatch firstMayCommit = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                stores
                    .transactions()
                    .inTransaction(
                        () -> {
                          ProjectionProgress progress =
                              stores
                                  .progress()
                                  .load(aggregate)
                                  .orElse(ProjectionProgress.start(aggregate));
                          firstHasLock.countDown();
                          await(firstMayCommit);
                          stores
                              .progress()
                              .save(
                                  new ProjectionProgress(
                                      aggregate, progress.lastSequence() + 7, List.of()));
                          return null;
                        }));
    assertThat(firstHasLock.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Long> second =
        CompletableFuture.supplyAsync(
            () ->
                stores
                    .transactions()
                    .inTransaction(
                        () -> stores.progress().load(aggregate).orElseThrow().lastSequence()));
    Thread.sleep(500);
    assertThat(second).isNotDone();

    firstMayCommit.countDown();
    first.get(10, TimeUnit.SECONDS);
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(6L);
  }

  private static void loadSyntheticTasks() {
    SyntheticTasks.insert(database.jdbc(), 1, 20_000);
    SyntheticTasks.analyze(database.jdbc());
  }

  private List<String> pageIds(CurrentUser user, List<String> filters) {
    CompiledTaskQuery query =
        TaskQueries.compile(
            new TasksForUserQuery(user, false, false, 0, 50, List.of("-dueDate"), filters));
    return stores.tasks().find(query.selection(), query.page()).items().stream()
        .map(task -> task.id())
        .toList();
  }

  /** What migration 2.1.1 writes for a task written before 2.1.0. */
  private static Long[] backfillKeys(String[] principals, String payload) {
    Object keys =
        database
            .jdbc()
            .queryForObject(
                "SELECT fp_flat_payload_access_keys(?::text[], ?::jsonb)",
                Object.class,
                "{" + String.join(",", principals) + "}",
                payload);
    return keys == null ? null : (Long[]) arrayOf(keys);
  }

  private static Object arrayOf(Object sqlArray) {
    try {
      return ((Array) sqlArray).getArray();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> idsFor(String filter) {
    return view
        .tasks()
        .tasksForUser(new TasksForUserQuery(sales(), false, false, 0, 50, null, List.of(filter)))
        .items()
        .stream()
        .map(task -> task.id())
        .toList();
  }

  /**
   * The parameter types PostgreSQL gave the statement, read from the server-side statement that the
   * driver prepares after a few executions on one connection.
   */
  private static String serverParameterTypes(SqlStatement statement) {
    String probe = "-- parameter types probe " + UUID.randomUUID();
    String marked = statement.sql() + "\n" + probe;
    return database
        .jdbc()
        .execute(
            (ConnectionCallback<String>)
                connection -> {
                  NamedParameterJdbcTemplate one =
                      new NamedParameterJdbcTemplate(
                          new SingleConnectionDataSource(connection, true));
                  for (int i = 0; i < 10; i++) {
                    one.queryForList(marked, statement.parameters());
                  }
                  return one.getJdbcTemplate()
                      .queryForObject(
                          "SELECT parameter_types::text FROM pg_prepared_statements"
                              + " WHERE right(statement, ?) = ?",
                          String.class,
                          probe.length(),
                          probe);
                });
  }

  /** The plan of the statement with sequential scans made as expensive as PostgreSQL allows. */
  private static String planWithoutSequentialScans(SqlStatement statement) {
    TransactionTemplate transaction =
        new TransactionTemplate(database.context().getBean(PlatformTransactionManager.class));
    NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(database.jdbc());
    return transaction.execute(
        status -> {
          database.jdbc().execute("SET LOCAL enable_seqscan = off");
          return String.join(
              "\n",
              jdbc.queryForList(
                  "EXPLAIN " + statement.sql(), statement.parameters(), String.class));
        });
  }

  private static SqlStatement pageStatement(CurrentUser user, List<String> filters) {
    CompiledTaskQuery query =
        TaskQueries.compile(
            new TasksForUserQuery(user, false, false, 0, 50, List.of("-dueDate"), filters));
    return TaskSql.page(query.selection(), query.page(), false);
  }

  private static CurrentUser userInGroups(int groups) {
    return new CurrentUser(
        "user_7", Set.copyOf(IntStream.range(0, groups).mapToObj(i -> "group_" + i * 10).toList()));
  }

  private static CurrentUser sales() {
    return CurrentUser.of("kermit", "sales");
  }

  private static AggregateRef ref(String taskId) {
    return new AggregateRef(AggregateKind.TASK, taskId);
  }

  private static int occurrences(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
