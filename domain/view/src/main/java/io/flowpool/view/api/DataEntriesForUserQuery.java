package io.flowpool.view.api;

import java.util.List;

/**
 * Data entries the user or one of the user's groups is authorized for; with {@code
 * involvementsOnly} only those whose protocol names the user.
 */
public record DataEntriesForUserQuery(
    CurrentUser user,
    boolean involvementsOnly,
    int page,
    int size,
    List<String> sort,
    List<String> filters)
    implements DataEntryListQuery {

  public DataEntriesForUserQuery {
    QueryLimits.requireUser(user);
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
