package io.flowpool.app.processapplication.benchmark;

import io.flowpool.adapter.camunda.collector.FlowpoolEnginePlugin;
import io.flowpool.common.testing.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One scenario's Spring Boot application on the benchmark database, with the benchmark process
 * deployed; starts instances from a thread pool and counts what they leave behind.
 */
final class BenchmarkEngine implements AutoCloseable {

  static final String PROCESS_KEY = "benchmark-approval";

  private static final AtomicLong ORDER_NUMBERS = new AtomicLong();

  private final ConfigurableApplicationContext context;
  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;

  private BenchmarkEngine(ConfigurableApplicationContext context) {
    this.context = context;
    this.runtimeService = context.getBean(RuntimeService.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  static BenchmarkEngine start(Scenario scenario, PostgresTestDatabase database) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.config.location=classpath:benchmark/collector-benchmark.yaml");
    arguments.add("--spring.datasource.url=" + database.jdbcUrl());
    arguments.add("--spring.datasource.username=" + database.username());
    arguments.add("--spring.datasource.password=" + database.password());
    scenario.properties().forEach(property -> arguments.add("--" + property));
    arguments.add(
        "--spring.autoconfigure.exclude="
            + String.join(",", scenario.excludedAutoConfigurations()));
    BenchmarkEngine engine =
        new BenchmarkEngine(
            new SpringApplicationBuilder(BenchmarkApplication.class)
                .run(arguments.toArray(String[]::new)));
    engine.requireCollector(scenario == Scenario.FLOWPOOL);
    engine.deployProcess();
    return engine;
  }

  /** Warms up, then measures; tasks and events are counted in the database around the phase. */
  RoundResult measure(Scenario scenario, BenchmarkSettings settings) throws InterruptedException {
    startInstances(settings.warmUpInstances(), settings.threads());
    long tasksBefore = openTasks();
    Map<String, Long> eventsBefore = eventsByAggregateType();
    double seconds = startInstances(settings.measuredInstances(), settings.threads());
    Map<String, Long> eventsAdded = new HashMap<>(eventsByAggregateType());
    eventsBefore.forEach((type, count) -> eventsAdded.merge(type, -count, Long::sum));
    eventsAdded.values().removeIf(count -> count == 0);
    return new RoundResult(
        scenario, settings.measuredInstances(), seconds, openTasks() - tasksBefore, eventsAdded);
  }

  String postgresVersion() {
    return jdbc.queryForObject("show server_version", String.class);
  }

  @Override
  public void close() {
    context.close();
  }

  /** Seconds from the first start to the last commit. */
  private double startInstances(int count, int threads) throws InterruptedException {
    List<Callable<String>> starts =
        IntStream.range(0, count).mapToObj(i -> (Callable<String>) this::startOne).toList();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long begin = System.nanoTime();
      List<Future<String>> started = pool.invokeAll(starts);
      double seconds = (System.nanoTime() - begin) / 1e9;
      for (Future<String> instance : started) {
        instance.get();
      }
      return seconds;
    } catch (ExecutionException e) {
      throw new IllegalStateException("An instance failed to start", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private String startOne() {
    long order = ORDER_NUMBERS.incrementAndGet();
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderId", "order-" + order);
    variables.put("customer", "Customer " + (order % 97));
    variables.put("amount", 100 + order % 900);
    variables.put("urgent", order % 5 == 0);
    variables.put("requestedAt", new Date());
    return runtimeService
        .startProcessInstanceByKey(PROCESS_KEY, "order-" + order, variables)
        .getId();
  }

  private long openTasks() {
    return jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
  }

  private Map<String, Long> eventsByAggregateType() {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(
        "select type, count(*) from domain_event_entry group by type",
        row -> {
          counts.put(row.getString(1), row.getLong(2));
        });
    return counts;
  }

  private void deployProcess() {
    context
        .getBean(ProcessEngine.class)
        .getRepositoryService()
        .createDeployment()
        .name("collector-benchmark")
        .enableDuplicateFiltering(true)
        .addClasspathResource("benchmark/benchmark-approval.bpmn")
        .deploy();
  }

  /** Guards the comparison: the plain engine must run without Flowpool's plugin, the other with. */
  private void requireCollector(boolean expected) {
    boolean installed =
        context.getBeanProvider(FlowpoolEnginePlugin.class).getIfAvailable() != null;
    if (installed != expected) {
      close();
      throw new IllegalStateException(
          "Flowpool's engine plugin is " + (installed ? "" : "not ") + "installed");
    }
  }
}
