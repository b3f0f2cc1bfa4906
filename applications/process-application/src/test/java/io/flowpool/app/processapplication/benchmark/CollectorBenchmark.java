package io.flowpool.app.processapplication.benchmark;

import io.flowpool.common.testing.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures user tasks created per second by the same Camunda engine on PostgreSQL, without and with
 * Flowpool's collector and Axon core, and prints both side by side. Rounds run in the order plain,
 * flowpool, flowpool, plain, each in a Spring Boot application of its own on a fresh database of
 * its own, so that no round inherits the tables, statistics or vacuum debt of an earlier one, and a
 * drift over the run weighs on both scenarios alike. Before them, two unmeasured rounds of each
 * scenario let the JIT compile both code bases: with none, the first plain round ran on a cold JIT
 * (all of Camunda) and the first flowpool round on a half-cold one (only Flowpool and Axon), which
 * made the ratio look better than the steady state; with one, the first measured round of each
 * scenario still ran 20–40 % slower than its second.
 *
 * <p>Run: {@code ./mvnw -B -pl applications/process-application -am -Pcollector-benchmark
 * -DskipTests verify}, sizes with {@code -Dbenchmark.threads=4 -Dbenchmark.warmup=500
 * -Dbenchmark.instances=5000} (the profile passes them on), or as arguments {@code threads=4
 * warmup=500 instances=5000} when started directly.
 */
public final class CollectorBenchmark {

  private static final List<Scenario> ROUNDS =
      List.of(Scenario.PLAIN, Scenario.FLOWPOOL, Scenario.FLOWPOOL, Scenario.PLAIN);

  private static final List<Scenario> JIT_WARM_UP_ROUNDS =
      List.of(Scenario.PLAIN, Scenario.FLOWPOOL, Scenario.PLAIN, Scenario.FLOWPOOL);

  private CollectorBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    // Explicit exits: Axon 4.13's task janitor keeps a non-daemon thread alive after the
    // applications have closed, and the JVM would never end.
    try {
      run(BenchmarkSettings.from(args));
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static void run(BenchmarkSettings settings) throws InterruptedException {
    List<RoundResult> results = new ArrayList<>();
    String postgresVersion = "";
    for (Scenario scenario : JIT_WARM_UP_ROUNDS) {
      System.out.printf("JIT warm-up round, not measured: %s%n", scenario.label());
      try (PostgresTestDatabase database = PostgresTestDatabase.create("flowpool_benchmark");
          BenchmarkEngine engine = BenchmarkEngine.start(scenario, database)) {
        engine.measure(scenario, settings);
      }
    }
    for (Scenario scenario : ROUNDS) {
      System.out.printf(
          "round %d of %d: %s%n", results.size() + 1, ROUNDS.size(), scenario.label());
      try (PostgresTestDatabase database = PostgresTestDatabase.create("flowpool_benchmark");
          BenchmarkEngine engine = BenchmarkEngine.start(scenario, database)) {
        postgresVersion = engine.postgresVersion();
        results.add(engine.measure(scenario, settings));
      }
    }
    new BenchmarkReport(settings, postgresVersion, results).print(System.out);
  }
}
