package io.flowpool.adapter.camunda.enrichment;

import io.flowpool.common.api.Correlations;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives a task's correlations from process variables: each mapping names a variable and the data
 * entry type its value identifies. Mappings exist globally, per process definition key and per task
 * definition key; a more specific mapping of the same variable wins. Variables without a scalar
 * value (null, blank, lists, maps) correlate with nothing.
 */
public final class CorrelationRules {

  private final Map<String, String> global;
  private final Map<String, Map<String, String>> processes;
  private final Map<String, Map<String, Map<String, String>>> tasks;

  /**
   * @param global variable name to entry type
   * @param processes the same by process definition key
   * @param tasks the same by process definition key, then task definition key
   */
  public CorrelationRules(
      Map<String, String> global,
      Map<String, Map<String, String>> processes,
      Map<String, Map<String, Map<String, String>>> tasks) {
    this.global = Map.copyOf(global);
    this.processes = Map.copyOf(processes);
    this.tasks = Map.copyOf(tasks);
  }

  public static CorrelationRules none() {
    return new CorrelationRules(Map.of(), Map.of(), Map.of());
  }

  /** The correlations of a task, given all its variables as JSON-like values. */
  public Correlations correlate(String processKey, String taskKey, Map<String, Object> variables) {
    Map<String, String> mapping = new LinkedHashMap<>(global);
    mapping.putAll(processes.getOrDefault(processKey, Map.of()));
    mapping.putAll(tasks.getOrDefault(processKey, Map.of()).getOrDefault(taskKey, Map.of()));
    Map<String, String> entries = new LinkedHashMap<>();
    mapping.forEach(
        (variable, entryType) -> {
          Object value = variables.get(variable);
          if (isIdentifier(value)) {
            entries.put(entryType, value.toString());
          }
        });
    return new Correlations(entries);
  }

  private static boolean isIdentifier(Object value) {
    return value instanceof Number
        || value instanceof Boolean
        || (value instanceof String text && !text.isBlank());
  }
}
