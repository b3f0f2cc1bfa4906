package io.flowpool.common.api;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Argument checks and defensive copies shared by the records of every context. */
public final class Values {

  private Values() {}

  /** Returns the value, or refuses a null or blank one naming the field. */
  public static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field + " must not be blank");
    }
    return value;
  }

  /** Returns the value, or refuses a null one naming the field. */
  public static <T> T require(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field + " must not be null");
    }
    return value;
  }

  /**
   * An unmodifiable, sorted copy (stable iteration order, so decisions and their events are
   * deterministic); null means empty; blank elements are refused.
   */
  public static Set<String> sortedSet(Collection<String> values, String field) {
    if (values == null || values.isEmpty()) {
      return Set.of();
    }
    TreeSet<String> copy = new TreeSet<>();
    for (String value : values) {
      copy.add(requireText(value, "element of " + field));
    }
    return Collections.unmodifiableSet(copy);
  }
}
