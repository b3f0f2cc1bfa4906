package io.flowpool.adapter.jpaview.sql;

import io.flowpool.view.model.CriteriaGroup;
import io.flowpool.view.model.Criterion;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Combines SQL conditions. */
final class Conditions {

  private Conditions() {}

  /** All of them; TRUE if there are none. */
  static String all(List<String> conditions) {
    return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
  }

  /** Every group must match, within a group any of its filters (the filter grammar's rule). */
  static String groups(List<CriteriaGroup> groups, Function<Criterion, String> criterion) {
    return all(
        groups.stream()
            .map(
                group ->
                    group.alternatives().stream()
                        .map(criterion)
                        .collect(Collectors.joining(" OR ", "(", ")")))
            .toList());
  }
}
