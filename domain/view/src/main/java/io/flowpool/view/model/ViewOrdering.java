package io.flowpool.view.model;

import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.TaskView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Orders rows by a {@link SortOrder}: absent values last in either direction; texts by their UTF-16
 * code units (a database sorts them with a binary collation, {@code COLLATE "C"} in PostgreSQL);
 * payload values of different kinds in the order text, number, boolean, other.
 */
public final class ViewOrdering {

  private ViewOrdering() {}

  public static Comparator<TaskView> tasks(SortOrder order) {
    Comparator<TaskView> comparator = (a, b) -> 0;
    for (SortKey key : order.keys()) {
      comparator = comparator.thenComparing(by(taskValue(key.field()), key.ascending()));
    }
    return comparator;
  }

  public static Comparator<DataEntryView> dataEntries(SortOrder order) {
    Comparator<DataEntryView> comparator = (a, b) -> 0;
    for (SortKey key : order.keys()) {
      comparator = comparator.thenComparing(by(dataEntryValue(key.field()), key.ascending()));
    }
    return comparator;
  }

  /** Compares two present values: by kind first, then within the kind. */
  public static int compareValues(Object a, Object b) {
    int byKind = Integer.compare(kind(a), kind(b));
    if (byKind != 0) {
      return byKind;
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    if (a instanceof Number && b instanceof Number) {
      BigDecimal x = TextValues.number(a);
      BigDecimal y = TextValues.number(b);
      if (x != null && y != null) {
        return x.compareTo(y);
      }
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.compareTo(y);
    }
    if (a instanceof Instant x && b instanceof Instant y) {
      return x.compareTo(y);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  private static int kind(Object value) {
    if (value instanceof String) {
      return 0;
    }
    if (value instanceof Number) {
      return 1;
    }
    if (value instanceof Boolean) {
      return 2;
    }
    if (value instanceof Instant) {
      return 3;
    }
    return 4;
  }

  private static <T> Comparator<T> by(Function<T, Object> value, boolean ascending) {
    return (left, right) -> {
      Object a = value.apply(left);
      Object b = value.apply(right);
      if (a == null || b == null) {
        return a == null ? (b == null ? 0 : 1) : -1;
      }
      int result = compareValues(a, b);
      return ascending ? result : -result;
    };
  }

  private static Function<TaskView, Object> taskValue(ViewField field) {
    if (field instanceof TaskAttribute attribute) {
      return attribute::valueOf;
    }
    PayloadPath path = (PayloadPath) field;
    return task -> path.firstValueIn(task.payload());
  }

  private static Function<DataEntryView, Object> dataEntryValue(ViewField field) {
    if (field instanceof DataEntryAttribute attribute) {
      return attribute::valueOf;
    }
    PayloadPath path = (PayloadPath) field;
    return entry -> path.firstValueIn(entry.payload());
  }
}
