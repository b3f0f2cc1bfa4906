package io.flowpool.adapter.camunda.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which process variables go into a task's payload. Filters exist at three levels: global,
 * per process definition key and per task definition key. A variable is admitted if it is on the
 * most specific include list that exists (no include list at any level: every variable) and on no
 * exclude list at any level, so a global exclude (e.g. of a password) cannot be overridden.
 */
public final class VariableFilters {

  /** One level's lists; an empty include list means "no opinion". */
  public record Filter(Set<String> include, Set<String> exclude) {

    public static final Filter NONE = new Filter(Set.of(), Set.of());

    public Filter {
      include = include == null ? Set.of() : Set.copyOf(include);
      exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
    }
  }

  private final Filter global;
  private final Map<String, Filter> processes;
  private final Map<String, Map<String, Filter>> tasks;

  /**
   * @param processes filters by process definition key
   * @param tasks filters by process definition key, then task definition key
   */
  public VariableFilters(
      Filter global, Map<String, Filter> processes, Map<String, Map<String, Filter>> tasks) {
    this.global = global == null ? Filter.NONE : global;
    this.processes = Map.copyOf(processes);
    this.tasks = Map.copyOf(tasks);
  }

  /** Admits every variable. */
  public static VariableFilters none() {
    return new VariableFilters(Filter.NONE, Map.of(), Map.of());
  }

  public boolean admits(String processKey, String taskKey, String variable) {
    Set<String> include = Set.of();
    for (Filter level : levels(processKey, taskKey)) {
      if (level.exclude().contains(variable)) {
        return false;
      }
      if (!level.include().isEmpty()) {
        include = level.include();
      }
    }
    return include.isEmpty() || include.contains(variable);
  }

  private List<Filter> levels(String processKey, String taskKey) {
    List<Filter> levels = new ArrayList<>(3);
    levels.add(global);
    if (processKey != null) {
      levels.add(processes.getOrDefault(processKey, Filter.NONE));
      levels.add(tasks.getOrDefault(processKey, Map.of()).getOrDefault(taskKey, Filter.NONE));
    }
    return levels;
  }
}
