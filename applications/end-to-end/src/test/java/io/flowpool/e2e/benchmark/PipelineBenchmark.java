package io.flowpool.e2e.benchmark;

import static io.flowpool.e2e.support.DistributedDeployment.APPROVER;
import static io.flowpool.e2e.support.DistributedDeployment.INVOICES;
import static io.flowpool.e2e.support.DistributedDeployment.ORDERS;

import io.flowpool.e2e.support.DistributedDeployment;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole pipeline on this machine: engine → collector → event store → outbox → RabbitMQ → view
 * consumer → view → live stream, with two process applications and a process platform in JVMs of
 * their own ({@link DistributedDeployment}). Prints, in one block: sustained task events per second
 * (from the first start until the view holds everything), the drain rate of the pipeline alone (a
 * backlog built while the platform was down), commit-to-visible latency at half the sustained rate,
 * and raw RabbitMQ confirmed-publish and PostgreSQL insert throughput measured in the same run. Not
 * a test: run it with the {@code pipeline-benchmark} profile.
 */
public final class PipelineBenchmark {

  private static final List<String> APPLICATIONS = List.of(ORDERS, INVOICES);
  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(10);

  private final Settings settings = Settings.fromSystemProperties();
  private final List<String> report = new ArrayList<>();

  /** Sizes, from {@code -Dbenchmark.*}. */
  record Settings(
      int clients,
      int warmupSeconds,
      int seconds,
      int backlogOrders,
      int latencySeconds,
      int rabbitMessages,
      int rabbitWindow,
      int postgresRows,
      int messageBytes) {

    static Settings fromSystemProperties() {
      return new Settings(
          Integer.getInteger("benchmark.clients", 4),
          Integer.getInteger("benchmark.warmup", 15),
          Integer.getInteger("benchmark.seconds", 60),
          Integer.getInteger("benchmark.backlog", 2_000),
          Integer.getInteger("benchmark.latency-seconds", 60),
          Integer.getInteger("benchmark.rabbit-messages", 20_000),
          Integer.getInteger("benchmark.rabbit-window", 500),
          Integer.getInteger("benchmark.postgres-rows", 5_000),
          Integer.getInteger("benchmark.message-bytes", 1_024));
    }
  }

  public static void main(String[] args) {
    int status = 0;
    try {
      new PipelineBenchmark().run();
    } catch (RuntimeException e) {
      e.printStackTrace();
      status = 1;
    }
    // the children are separate JVMs, closed by run(); leave no client thread behind
    System.exit(status);
  }

  private void run() {
    log("settings " + settings);
    long starting = System.nanoTime();
    DistributedDeployment deployment = DistributedDeployment.start();
    AtomicBoolean closed = new AtomicBoolean();
    Runnable close =
        () -> {
          if (closed.compareAndSet(false, true)) {
            log("removing the deployment (JVMs, databases, virtual host)");
            deployment.close();
          }
        };
    Thread hook = new Thread(close, "benchmark-cleanup");
    Runtime.getRuntime().addShutdownHook(hook); // also on Ctrl-C
    try {
      log(String.format(Locale.ROOT, "deployment up in %.0f s", seconds(starting)));
      measure(deployment);
    } finally {
      close.run();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    System.out.println();
    System.out.println(
        "===== Flowpool pipeline benchmark, "
            + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores");
    report.forEach(System.out::println);
    System.out.println("=====");
  }

  private void measure(DistributedDeployment deployment) {
    PipelineProbe probe = new PipelineProbe(deployment, APPLICATIONS);
    OrderLoad load = new OrderLoad(APPLICATIONS.stream().map(deployment::engine).toList());

    // raw baselines, in the deployment's own virtual host and platform database
    log("raw RabbitMQ confirmed publish");
    RabbitConfirmBaseline.Result rabbit =
        RabbitConfirmBaseline.run(
            deployment.connectionFactory().getRabbitConnectionFactory(),
            settings.rabbitMessages(),
            settings.rabbitWindow(),
            settings.messageBytes());
    log("raw PostgreSQL inserts");
    PostgresInsertBaseline.Result single =
        PostgresInsertBaseline.run(
            deployment.platformDatabase(), settings.postgresRows(), 1, settings.messageBytes());
    PostgresInsertBaseline.Result batched =
        PostgresInsertBaseline.run(
            deployment.platformDatabase(),
            settings.postgresRows() * 4,
            100,
            settings.messageBytes());

    // sustained: closed-loop clients, counted until the view holds everything
    log("warm-up " + settings.warmupSeconds() + " s");
    load.closedLoop(settings.clients(), Duration.ofSeconds(settings.warmupSeconds()));
    probe.awaitDrained(0, DRAIN_TIMEOUT);
    log(
        "sustained load "
            + settings.seconds()
            + " s, "
            + settings.clients()
            + " clients per application");
    long projectedBefore = probe.projected();
    long begin = System.nanoTime();
    OrderLoad.Counts sustained =
        load.closedLoop(settings.clients(), Duration.ofSeconds(settings.seconds()));
    double startSeconds = seconds(begin);
    long drainedAt = probe.awaitDrained(0, DRAIN_TIMEOUT);
    double endToEndSeconds = (drainedAt - begin) / 1e9;
    long events = probe.projected() - projectedBefore;
    double eventsPerSecond = events / endToEndSeconds;
    double eventsPerOrder = (double) events / sustained.started();
    double ordersPerSecond = sustained.started() / endToEndSeconds;

    // the pipeline alone: a backlog built while the platform is down, drained after its restart
    log("drain: platform stopped, " + settings.backlogOrders() + " orders of backlog");
    long publishedBefore = probe.published();
    deployment.platform().stop();
    load.closedLoop(settings.clients(), settings.backlogOrders());
    while (!probe.outboxesCaughtUp()) {
      PipelineProbe.sleep(Duration.ofMillis(200));
    }
    long backlog = probe.published() - publishedBefore;
    log("drain: " + backlog + " events queued, platform starting");
    long restart = System.nanoTime();
    deployment.platform().start();
    long firstAt = 0;
    long firstCount = 0;
    while (firstAt == 0 && seconds(restart) < DRAIN_TIMEOUT.toSeconds()) {
      long projected = probe.projected();
      if (projected > 0) {
        firstAt = System.nanoTime();
        firstCount = projected;
      } else {
        PipelineProbe.sleep(Duration.ofMillis(50));
      }
    }
    long backlogDrainedAt = probe.awaitDrained(publishedBefore, DRAIN_TIMEOUT);
    long drainedEvents = probe.projected() - firstCount;
    double drainRate = drainedEvents / ((backlogDrainedAt - firstAt) / 1e9);
    double restartToDrained = (backlogDrainedAt - restart) / 1e9;
    deployment.platform().awaitHealthy();

    // latency at half the sustained rate, seen on a user's live task list
    double halfOrders = ordersPerSecond / 2;
    log(
        String.format(
            Locale.ROOT, "latency at %.1f orders/s (half the sustained rate)", halfOrders));
    Latencies latencies;
    double[] lagBefore;
    double[] lagAfter;
    try (TaskStream stream = new TaskStream(deployment.platform().baseUrl(), APPROVER, APPROVER)) {
      load.fixedRate(halfOrders, Duration.ofSeconds(10), 64); // platform warm-up after restart
      probe.awaitDrained(publishedBefore, DRAIN_TIMEOUT);
      lagBefore = probe.viewLag();
      List<OrderLoad.Started> started =
          load.fixedRate(halfOrders, Duration.ofSeconds(settings.latencySeconds()), 64);
      probe.awaitDrained(publishedBefore, DRAIN_TIMEOUT);
      PipelineProbe.sleep(Duration.ofSeconds(2)); // the stream's writer runs behind the commit
      lagAfter = probe.viewLag();
      latencies = Latencies.of(started, stream);
    }
    double lagMeanMillis =
        (lagAfter[1] - lagBefore[1]) / Math.max(1, lagAfter[0] - lagBefore[0]) * 1000;
    long deadLettered = probe.consumed("dead-lettered");

    line(
        "raw RabbitMQ confirmed publish",
        "%,.0f msg/s  (%,d persistent %d B messages, quorum queue, window %d, %d nacks)",
        rabbit.perSecond(),
        rabbit.messages(),
        settings.messageBytes(),
        rabbit.window(),
        rabbit.nacks());
    line(
        "raw PostgreSQL insert, 1 row/tx",
        "%,.0f rows/s  (%,d rows, text id + %d B jsonb)",
        single.perSecond(),
        single.rows(),
        settings.messageBytes());
    line(
        "raw PostgreSQL insert, 100 rows/tx",
        "%,.0f rows/s  (%,d rows)",
        batched.perSecond(),
        batched.rows());
    line(
        "sustained pipeline",
        "%,.0f events/s  [goal >= 500]  %s",
        eventsPerSecond,
        eventsPerSecond >= 500 ? "met" : "NOT met");
    line(
        "",
        "%,d orders started in %.1f s by %d clients (%,.1f orders/s at the engines, %d failed);",
        sustained.started(),
        startSeconds,
        settings.clients() * APPLICATIONS.size(),
        sustained.started() / startSeconds,
        sustained.failed());
    line(
        "",
        "all visible after %.1f s: %,d events (%.2f per order), %,.1f tasks/s end to end",
        endToEndSeconds,
        events,
        eventsPerOrder,
        ordersPerSecond);
    line(
        "pipeline drain (platform restart)",
        "%,.0f events/s  (%,d queued events of %,d orders; restart to drained %.1f s)",
        drainRate,
        backlog,
        settings.backlogOrders(),
        restartToDrained);
    line(
        "commit-to-visible latency",
        "p50 %.0f ms [goal <= 50] %s, p99 %.0f ms [goal <= 250] %s, max %.0f ms",
        latencies.p50(),
        latencies.p50() <= 50 ? "met" : "NOT met",
        latencies.p99(),
        latencies.p99() <= 250 ? "met" : "NOT met",
        latencies.max());
    line(
        "",
        "at %.1f orders/s (%.0f events/s) for %d s: %,d orders, %d not seen on the stream",
        halfOrders,
        halfOrders * eventsPerOrder,
        settings.latencySeconds(),
        latencies.count(),
        latencies.missing());
    line(
        "platform flowpool.view.lag",
        "mean %.0f ms over the latency phase (event timestamp to view commit)",
        lagMeanMillis);
    line("dead-lettered by the platform", "%d", deadLettered);
  }

  private void line(String label, String format, Object... values) {
    report.add(
        String.format(Locale.ROOT, "%-36s %s", label, String.format(Locale.ROOT, format, values)));
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  private static void log(String message) {
    System.out.println(
        "[benchmark "
            + LocalDateTime.now().toLocalTime().truncatedTo(ChronoUnit.SECONDS)
            + "] "
            + message);
  }

  /** Commit-to-visible times in milliseconds. */
  record Latencies(double[] sortedMillis, int missing) {

    static Latencies of(List<OrderLoad.Started> started, TaskStream stream) {
      List<Double> millis = new ArrayList<>();
      int missing = 0;
      for (OrderLoad.Started order : started) {
        Long seen = stream.firstSeen(order.instanceId());
        if (seen == null) {
          missing++;
        } else {
          millis.add((seen - order.committedAt()) / 1e6);
        }
      }
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      return new Latencies(sorted, missing);
    }

    int count() {
      return sortedMillis.length + missing;
    }

    double p50() {
      return percentile(0.50);
    }

    double p99() {
      return percentile(0.99);
    }

    double max() {
      return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
    }

    private double percentile(double p) {
      if (sortedMillis.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p * sortedMillis.length) - 1;
      return sortedMillis[Math.max(0, Math.min(index, sortedMillis.length - 1))];
    }
  }
}
