package io.flowpool.adapter.rest.web;

import java.util.List;

/** What the list endpoints share: the documentation of their parameters and their clean-up. */
public final class QueryParameters {

  public static final String PAGE = "0-based page number";
  public static final String SIZE = "page size, 1 to 1000";
  public static final String SORT =
      "repeatable; `+field` ascending, `-field` descending (URL-encode `+` as `%2B` or leave the"
          + " sign out), payload attributes as `payload.a.b`; unknown fields are a 400";
  public static final String FILTER =
      "repeatable; `name<op>value` with op one of `=`, `%` (contains), `<`, `>`, `[]` (between"
          + " `from|to`); prefix `task.` for task attributes, `data.` for data entry attributes,"
          + " no prefix for payload paths `a.b.c`; the same name repeated means OR, different"
          + " names AND; URL-encode the value (`%` as `%25`); a malformed filter is a 400";

  private QueryParameters() {}

  /**
   * The sort entries as given, with surrounding blanks removed: an unencoded {@code +field} in a
   * query string arrives as {@code " field"}, which means the same.
   */
  public static List<String> sort(List<String> sort) {
    return sort == null ? List.of() : sort.stream().map(String::strip).toList();
  }

  public static List<String> filters(List<String> filters) {
    return filters == null ? List.of() : List.copyOf(filters);
  }
}
