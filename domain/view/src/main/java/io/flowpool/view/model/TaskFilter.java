package io.flowpool.view.model;

import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.TaskView;
import java.util.List;

/**
 * The parsed filters of a task query: every group must match (AND), within a group any filter (OR).
 *
 * @param includesDataEntries the query is one with data entries: {@code data.} filters may appear,
 *     and a payload filter also matches the payload of a correlated data entry
 */
public record TaskFilter(List<CriteriaGroup> groups, boolean includesDataEntries) {

  /** No filter: every task matches. */
  public static final TaskFilter NONE = new TaskFilter(List.of(), false);

  public TaskFilter {
    groups = List.copyOf(groups);
  }

  /**
   * @param dataEntries the task's correlated data entries that the reader may see
   */
  public boolean test(TaskView task, List<DataEntryView> dataEntries) {
    return groups.stream()
        .allMatch(
            group ->
                group.alternatives().stream()
                    .anyMatch(
                        criterion ->
                            CriterionMatcher.matchesTask(
                                criterion, task, dataEntries, includesDataEntries)));
  }

  /** True if evaluating this filter needs the task's data entries. */
  public boolean needsDataEntries() {
    return includesDataEntries
        && groups.stream()
            .flatMap(group -> group.alternatives().stream())
            .anyMatch(criterion -> !(criterion.field() instanceof TaskAttribute));
  }
}
