package io.flowpool.adapter.jpaview.sql;

import io.flowpool.view.model.CriteriaGroup;
import io.flowpool.view.model.Criterion;
import io.flowpool.view.model.FilterOperator;
import io.flowpool.view.model.PayloadPath;
import java.util.List;
import java.util.Set;

/**
 * The authorization condition: a row's principals overlap the reader's. Normally that is {@code
 * principals && <reader>}, which the GIN index answers, together with a payload condition in the
 * same index scan. The index answers an overlap by walking one posting list per reader principal,
 * so for a reader with many principals (a user in 200 groups) it costs more than checking the few
 * rows that a payload equality already narrowed the query to; then, and only then, the condition is
 * written as a lookup of each row principal in a hash table built once per statement.
 */
final class ReaderCondition {

  /** Above this many reader principals, a payload equality drives and rows are checked by hash. */
  static final int MANY_PRINCIPALS = 64;

  private ReaderCondition() {}

  /**
   * @param column the row's {@code text[]} of principals
   * @param narrowed the query has another indexed condition that selects few rows
   */
  static String overlap(
      String column, Set<String> reader, boolean narrowed, SqlParameters parameters) {
    String principals = parameters.bindTextArray(reader);
    if (reader.size() <= MANY_PRINCIPALS || !narrowed) {
      // A sub-select, so that the planner estimates the overlap without seeing the reader's
      // principals. With them in sight it costs the row-by-row test as one comparison, although
      // it compares every row principal with every reader principal, and for a reader who sees
      // many tasks it prefers reading the whole table, testing each row, over the index (for a
      // user in 200 groups: several seconds instead of a fraction of one).
      return column + " && (SELECT " + principals + ")";
    }
    // IS TRUE keeps the IN a hashed subplan (built once) rather than a join redone per row. The
    // unnest sits in a select list, not in FROM: a set-returning function in FROM is written into
    // a tuple store for each row first, which made this check cost about twice as much.
    return "EXISTS (SELECT 1 FROM (SELECT unnest("
        + column
        + ") AS principal) AS r WHERE (r.principal IN (SELECT unnest("
        + principals
        + "))) IS TRUE)";
  }

  /**
   * True if a filter group holds only payload equalities with a value: the GIN index answers it
   * ({@code payload @? …}), and it usually selects few rows.
   */
  static boolean payloadEqualityNarrows(List<CriteriaGroup> groups) {
    return groups.stream()
        .anyMatch(
            group -> group.alternatives().stream().allMatch(ReaderCondition::payloadEquality));
  }

  /** A payload equality with a value ({@code customer=c42}, not {@code customer=}). */
  static boolean payloadEquality(Criterion criterion) {
    return criterion.field() instanceof PayloadPath
        && criterion.operator() == FilterOperator.EQUALS
        && !((String) criterion.value()).isEmpty();
  }
}
