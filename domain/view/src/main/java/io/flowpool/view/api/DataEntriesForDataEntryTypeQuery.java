package io.flowpool.view.api;

import java.util.List;

/** The data entries of one entry type that the user may see. */
public record DataEntriesForDataEntryTypeQuery(
    String entryType, CurrentUser user, int page, int size, List<String> sort, List<String> filters)
    implements DataEntryListQuery {

  public DataEntriesForDataEntryTypeQuery {
    QueryLimits.requireText(entryType, "entryType");
    QueryLimits.requireUser(user);
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
