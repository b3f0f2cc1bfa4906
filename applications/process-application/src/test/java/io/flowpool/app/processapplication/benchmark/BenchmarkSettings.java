package io.flowpool.app.processapplication.benchmark;

import java.util.HashMap;
import java.util.Map;

/**
 * How hard the benchmark pushes: starting threads, warm-up and measured instances per round. Each
 * comes from an argument ({@code threads=8}), else a system property ({@code
 * -Dbenchmark.threads=8}), else the default.
 */
record BenchmarkSettings(int threads, int warmUpInstances, int measuredInstances) {

  static BenchmarkSettings from(String[] args) {
    Map<String, String> arguments = new HashMap<>();
    for (String argument : args) {
      String[] pair = argument.replaceFirst("^--", "").split("=", 2);
      if (pair.length == 2) {
        arguments.put(pair[0], pair[1]);
      }
    }
    return new BenchmarkSettings(
        setting(arguments, "threads", 4),
        setting(arguments, "warmup", 500),
        setting(arguments, "instances", 5_000));
  }

  private static int setting(Map<String, String> arguments, String name, int fallback) {
    String value = arguments.getOrDefault(name, System.getProperty("benchmark." + name));
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
