package io.flowpool.view.api;

import java.util.List;

/** Every data entry, for administrators: no authorization applies. */
public record DataEntriesQuery(int page, int size, List<String> sort, List<String> filters)
    implements DataEntryListQuery {

  public DataEntriesQuery {
    QueryLimits.checkPage(page, size);
    sort = QueryLimits.copyOf(sort, "sort");
    filters = QueryLimits.copyOf(filters, "filters");
  }
}
