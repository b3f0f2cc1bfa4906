package io.flowpool.view.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The bounds every paged query respects. */
public final class QueryLimits {

  /** The largest page a query may ask for. */
  public static final int MAX_PAGE_SIZE = 1000;

  private QueryLimits() {}

  /** Refuses a negative page or a size outside 1..{@link #MAX_PAGE_SIZE}. */
  public static void checkPage(int page, int size) {
    if (page < 0) {
      throw new InvalidQueryException("page is 0-based and must not be negative, got " + page);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidQueryException(
          "size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
    }
  }

  /** Refuses a missing user: every user query is answered for someone. */
  public static CurrentUser requireUser(CurrentUser user) {
    if (user == null) {
      throw new InvalidQueryException("the query needs the current user");
    }
    return user;
  }

  /** Refuses a missing or blank text argument of a query. */
  public static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidQueryException(name + " must not be blank");
    }
    return value;
  }

  /** An unmodifiable copy of a list of sort or filter strings; null means none. */
  public static List<String> copyOf(List<String> values, String name) {
    if (values == null) {
      return List.of();
    }
    List<String> copy = new ArrayList<>(values.size());
    for (String value : values) {
      if (value == null) {
        throw new InvalidQueryException(name + " must not contain null");
      }
      copy.add(value);
    }
    return Collections.unmodifiableList(copy);
  }
}
