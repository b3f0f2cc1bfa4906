package io.flowpool.adapter.jpaview.benchmark;

import io.flowpool.adapter.jpaview.sql.SqlStatement;
import io.flowpool.adapter.jpaview.sql.TaskSql;
import io.flowpool.adapter.jpaview.testing.SyntheticTasks;
import io.flowpool.adapter.jpaview.testing.ViewTestDatabase;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.model.CompiledTaskQuery;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskQueries;
import io.flowpool.view.port.out.TaskViewStore;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Tasks-for-user over a large view on the machine's PostgreSQL, through the store port as the query
 * use case calls it: a fresh database, {@code benchmark.tasks} generated tasks ({@link
 * SyntheticTasks}), then {@code benchmark.clients} concurrent clients ask, for {@code
 * benchmark.seconds} each, for page 0 of 50 sorted by {@code -dueDate} with the filter {@code
 * customer=cust_42}: once as a user in 20 groups, once as a user in 200. Prints p50, p99 and
 * throughput per case and checks the goal (p50 ≤ 10 ms, p99 ≤ 50 ms). One client then asks without
 * the filter, sorted by due date and by a payload attribute, and for the payload attribute names of
 * all the tasks the user may see. Run it with {@code ./mvnw -B -pl adapters/jpa-view -am
 * -Pview-benchmark -DskipTests verify}.
 */
public final class TasksForUserBenchmark {

  private static final int TASKS = Integer.getInteger("benchmark.tasks", 1_000_000);
  private static final int CLIENTS = Integer.getInteger("benchmark.clients", 20);

  /**
   * The store's connection pool, one connection per client unless told otherwise (the applications
   * keep Hikari's default of 10).
   */
  private static final int POOL = Integer.getInteger("benchmark.pool", CLIENTS);

  private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);

  /**
   * The session settings the process platform and the single node give each of their connections
   * (their application.yaml; keep the two in step), so that the store runs here as it runs there.
   */
  private static final String CONNECTION_INIT_SQL = "SET jit = off; SET work_mem = '16MB'";

  private static final int WARMUP_SECONDS = 5;
  private static final int CHUNK = 100_000;
  private static final double GOAL_P50_MS = 10;
  private static final double GOAL_P99_MS = 50;

  private TasksForUserBenchmark() {}

  public static void main(String[] args) throws Exception {
    print(
        "Tasks-for-user benchmark: %,d tasks, %d clients on %d pooled connections (%s), %d s per"
            + " case",
        TASKS, CLIENTS, POOL, CONNECTION_INIT_SQL, SECONDS);
    try (ViewTestDatabase database =
        ViewTestDatabase.start(
            "flowpool_view_benchmark",
            "spring.datasource.hikari.maximum-pool-size=" + POOL,
            "spring.datasource.hikari.connection-init-sql=" + CONNECTION_INIT_SQL,
            "logging.level.root=WARN")) {
      load(database.jdbc());
      print(
          "Host reference: PostgreSQL counts 5,000,000 generated rows in %.0f ms (best of 3)",
          hostReference(database.jdbc()));
      TaskViewStore store = database.context().getBean(TaskViewStore.class);
      NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(database.jdbc());
      List<Result> results = new ArrayList<>();
      for (int groups : new int[] {20, 200}) {
        CompiledTaskQuery query = query(user(groups), List.of("customer=cust_42"));
        CompiledTaskQuery unfiltered = query(user(groups), List.of());
        long visible = store.find(unfiltered.selection(), unfiltered.page()).total();
        long matching = store.find(query.selection(), query.page()).total();
        print(
            "%nUser in %d groups: %,d visible tasks, %,d with customer=cust_42",
            groups, visible, matching);
        print("%s", explainAnalyze(jdbc, TaskSql.page(query.selection(), query.page(), false)));
        run(store, query, WARMUP_SECONDS);
        print("  one client: %s", oneClient(store, query, 200));
        Result result = new Result(groups, run(store, query, SECONDS), SECONDS);
        results.add(result);
        print("%s", result);
        print("  %s", plansOnOnePooledConnection(database.jdbc()));
        print("  without the payload filter, one client: %s", oneClient(store, unfiltered, 5));
        CompiledTaskQuery byAmount = query(user(groups), List.of(), "+payload.amount");
        print(
            "  the same, sorted by payload.amount, one client: %s", oneClient(store, byAmount, 5));
        print(
            "  payload attribute names of those tasks, one client: %s",
            median(3, () -> store.payloadPaths(TaskAccess.forUser(user(groups), false, false))));
      }
      print(
          "%nGoal p50 <= %.0f ms and p99 <= %.0f ms with %d clients:",
          GOAL_P50_MS, GOAL_P99_MS, CLIENTS);
      results.forEach(result -> print("  %d groups: %s", result.groups, result.verdict()));
    }
  }

  /**
   * A fixed piece of PostgreSQL CPU work, timed. This machine's speed varies by up to 2x from day
   * to day; figures of different days compare only together with this one.
   */
  private static double hostReference(JdbcTemplate jdbc) {
    return jdbc.execute(
        (ConnectionCallback<Double>)
            connection -> {
              try (Statement statement = connection.createStatement()) {
                // without JIT compilation, as every connection of the pool (CONNECTION_INIT_SQL)
                double best = Double.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                  long start = System.nanoTime();
                  // in a select list the series streams; in FROM it would be stored first
                  statement.execute(
                      "SELECT count(*) FROM (SELECT generate_series(1, 5000000)) AS series");
                  best = Math.min(best, millis(System.nanoTime() - start));
                }
                return best;
              }
            });
  }

  /** Generates the tasks in chunks with the secondary indexes dropped, then builds them. */
  private static void load(JdbcTemplate jdbc) {
    List<String> indexes =
        jdbc.queryForList(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'fp_task' AND indexname <>"
                + " 'fp_task_pkey'",
            String.class);
    jdbc.queryForList(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'fp_task' AND indexname <>"
                + " 'fp_task_pkey'",
            String.class)
        .forEach(index -> jdbc.execute("DROP INDEX " + index));
    long start = System.nanoTime();
    for (long from = 1; from <= TASKS; from += CHUNK) {
      SyntheticTasks.insert(jdbc, from, Math.min(TASKS, from + CHUNK - 1));
      print("  loaded %,d tasks (%.0f s)", Math.min(TASKS, from + CHUNK - 1), since(start));
    }
    jdbc.execute(
        (ConnectionCallback<Void>)
            connection -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute("SET maintenance_work_mem = '256MB'");
                for (String index : indexes) {
                  statement.execute(index);
                }
              }
              return null;
            });
    jdbc.execute("VACUUM ANALYZE fp_task");
    print("Loaded, indexed and analyzed in %.0f s", since(start));
  }

  private static List<Long> run(TaskViewStore store, CompiledTaskQuery query, int seconds)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<long[]>> futures = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        futures.add(
            clients.submit(
                () -> {
                  go.await();
                  return measure(store, query, seconds);
                }));
      }
      go.countDown();
      List<Long> latencies = new ArrayList<>();
      for (Future<long[]> future : futures) {
        Arrays.stream(future.get()).forEach(latencies::add);
      }
      latencies.sort(null);
      return latencies;
    } finally {
      clients.shutdown();
    }
  }

  private static long[] measure(TaskViewStore store, CompiledTaskQuery query, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long[] latencies = new long[1024];
    int count = 0;
    while (System.nanoTime() < deadline) {
      long start = System.nanoTime();
      ResultPage<TaskView> page = store.find(query.selection(), query.page());
      long latency = System.nanoTime() - start;
      if (page.items().isEmpty()) {
        throw new IllegalStateException("the benchmark query found nothing");
      }
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = latency;
    }
    return Arrays.copyOf(latencies, count);
  }

  /**
   * How PostgreSQL planned the prepared task statements of one of the clients' connections:
   * planning a custom plan for every call costs about a quarter of a millisecond.
   */
  private static String plansOnOnePooledConnection(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        "SELECT 'prepared task statements on one pooled connection, generic / custom plans each: '"
            + " || coalesce(string_agg(generic_plans || ' / ' || custom_plans, ', ' ORDER BY"
            + " prepare_time), 'none') FROM pg_prepared_statements WHERE statement LIKE"
            + " '%fp_task%'",
        String.class);
  }

  private static String oneClient(TaskViewStore store, CompiledTaskQuery query, int calls) {
    return median(calls, () -> store.find(query.selection(), query.page()));
  }

  private static String median(int calls, Runnable call) {
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      call.run();
      latencies.add(System.nanoTime() - start);
    }
    latencies.sort(null);
    return String.format(
        Locale.ROOT, "median of %d calls %.1f ms", calls, millis(latencies.get(calls / 2)));
  }

  private static String explainAnalyze(NamedParameterJdbcTemplate jdbc, SqlStatement statement) {
    return String.join(
        "\n",
        jdbc.queryForList(
            "EXPLAIN (ANALYZE, BUFFERS) " + statement.sql(), statement.parameters(), String.class));
  }

  private static CompiledTaskQuery query(CurrentUser user, List<String> filters) {
    return query(user, filters, "-dueDate");
  }

  private static CompiledTaskQuery query(CurrentUser user, List<String> filters, String sort) {
    return TaskQueries.compile(
        new TasksForUserQuery(user, false, false, 0, 50, List.of(sort), filters));
  }

  /** user_7 in the given number of distinct groups, the same ones on every run. */
  private static CurrentUser user(int groups) {
    Random random = new Random(groups);
    TreeSet<String> names = new TreeSet<>();
    while (names.size() < groups) {
      names.add("group_" + random.nextInt(SyntheticTasks.GROUPS));
    }
    return new CurrentUser("user_7", names);
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static void print(String format, Object... arguments) {
    System.out.println(String.format(Locale.ROOT, format, arguments));
  }

  /** The latencies of one case. */
  private record Result(int groups, List<Long> latencies, int seconds) {

    double percentile(double fraction) {
      int index = (int) Math.ceil(fraction * latencies.size()) - 1;
      return millis(latencies.get(Math.max(0, index)));
    }

    boolean meetsGoal() {
      return percentile(0.50) <= GOAL_P50_MS && percentile(0.99) <= GOAL_P99_MS;
    }

    String verdict() {
      return String.format(
          Locale.ROOT,
          "p50 %.1f ms, p99 %.1f ms: %s",
          percentile(0.50),
          percentile(0.99),
          meetsGoal() ? "met" : "MISSED");
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "  %d clients, %,d queries in %d s: p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
              + " %.0f queries/s",
          CLIENTS,
          latencies.size(),
          seconds,
          percentile(0.50),
          percentile(0.99),
          millis(latencies.get(latencies.size() - 1)),
          latencies.size() / (double) seconds);
    }
  }
}
