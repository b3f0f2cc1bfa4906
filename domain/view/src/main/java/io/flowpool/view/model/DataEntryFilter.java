package io.flowpool.view.model;

import io.flowpool.view.api.DataEntryView;
import java.util.List;

/** The parsed filters of a data entry query: all groups must match, within a group any filter. */
public record DataEntryFilter(List<CriteriaGroup> groups) {

  /** No filter: every entry matches. */
  public static final DataEntryFilter NONE = new DataEntryFilter(List.of());

  public DataEntryFilter {
    groups = List.copyOf(groups);
  }

  public boolean test(DataEntryView entry) {
    return groups.stream()
        .allMatch(
            group ->
                group.alternatives().stream()
                    .anyMatch(criterion -> CriterionMatcher.matchesDataEntry(criterion, entry)));
  }
}
