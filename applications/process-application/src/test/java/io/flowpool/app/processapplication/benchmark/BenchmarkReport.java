package io.flowpool.app.processapplication.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prints the machine, the rounds side by side, and the verdict on the goal. */
final class BenchmarkReport {

  static final double GOAL = 0.8;

  private static final String ROW = "%-5s  %-8s  %9s  %7s  %15s  %13s  %13s%n";

  private final BenchmarkSettings settings;
  private final String postgresVersion;
  private final List<RoundResult> rounds;

  BenchmarkReport(BenchmarkSettings settings, String postgresVersion, List<RoundResult> rounds) {
    this.settings = settings;
    this.postgresVersion = postgresVersion;
    this.rounds = rounds;
  }

  void print(PrintStream out) {
    out.println();
    out.println("Flowpool collector benchmark: user tasks created per second, same engine and");
    out.println("database, without (plain) and with (flowpool) the collector and the Axon core");
    out.printf(
        "machine:  %d cores, %s %s, PostgreSQL %s, load average %s at the end%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"),
        postgresVersion,
        format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    out.printf(
        "settings: %d threads, %d warm-up + %d measured instances per round, after one"
            + " unmeasured round of each scenario%n%n",
        settings.threads(), settings.warmUpInstances(), settings.measuredInstances());
    out.printf(
        ROW,
        "round",
        "scenario",
        "instances",
        "seconds",
        "tasks created/s",
        "tasks created",
        "events stored");
    for (int i = 0; i < rounds.size(); i++) {
      RoundResult round = rounds.get(i);
      out.printf(
          ROW,
          i + 1,
          round.scenario().label(),
          round.instances(),
          format("%.2f", round.seconds()),
          format("%.1f", round.tasksPerSecond()),
          round.tasksCreated(),
          round.eventsStored());
    }
    out.println();
    double plain = tasksPerSecond(Scenario.PLAIN);
    double flowpool = tasksPerSecond(Scenario.FLOWPOOL);
    out.printf("plain:    %s tasks created/s over all its rounds%n", format("%.1f", plain));
    out.printf("flowpool: %s tasks created/s over all its rounds%n", format("%.1f", flowpool));
    double ratio = flowpool / plain;
    out.printf(
        "ratio flowpool / plain: %s, goal >= %s: %s%n",
        format("%.2f", ratio), format("%.2f", GOAL), ratio >= GOAL ? "met" : "NOT met");
    out.printf("events per flowpool instance, by aggregate type: %s%n%n", eventsPerInstance());
  }

  private double tasksPerSecond(Scenario scenario) {
    long tasks = 0;
    double seconds = 0;
    for (RoundResult round : rounds) {
      if (round.scenario() == scenario) {
        tasks += round.tasksCreated();
        seconds += round.seconds();
      }
    }
    return tasks / seconds;
  }

  private String eventsPerInstance() {
    long instances = 0;
    Map<String, Long> events = new TreeMap<>();
    for (RoundResult round : rounds) {
      if (round.scenario() == Scenario.FLOWPOOL) {
        instances += round.instances();
        round
            .eventsByAggregateType()
            .forEach((type, count) -> events.merge(type, count, Long::sum));
      }
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Long> type : events.entrySet()) {
      text.append(type.getKey())
          .append(' ')
          .append(format("%.2f", (double) type.getValue() / instances))
          .append("  ");
    }
    return text.toString().trim();
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
