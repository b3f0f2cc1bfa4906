package io.flowpool.view.model;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.view.api.DataEntriesForDataEntryTypeQuery;
import io.flowpool.view.api.DataEntriesForUserQuery;
import io.flowpool.view.api.DataEntriesQuery;
import io.flowpool.view.api.DataEntryForIdentityQuery;
import io.flowpool.view.api.DataEntryListQuery;
import io.flowpool.view.api.DataEntryQuery;
import java.util.List;

/** Turns a data entry query into a selection: parses its filters and sort, checks its page. */
public final class DataEntryQueries {

  private DataEntryQueries() {}

  public static CompiledDataEntryQuery compile(DataEntryQuery query) {
    if (query instanceof DataEntryForIdentityQuery byId) {
      DataEntryAccess access = new DataEntryAccess(byId.user(), false, null, byId.identity());
      return new CompiledDataEntryQuery(
          new DataEntrySelection(access, DataEntryFilter.NONE, SortParser.dataEntrySort(List.of())),
          new PageRequest(0, 1));
    }
    DataEntryListQuery list = (DataEntryListQuery) query;
    DataEntrySelection selection =
        new DataEntrySelection(
            accessOf(list),
            FilterParser.dataEntryFilter(list.filters()),
            SortParser.dataEntrySort(list.sort()));
    return new CompiledDataEntryQuery(selection, new PageRequest(list.page(), list.size()));
  }

  private static DataEntryAccess accessOf(DataEntryListQuery query) {
    if (query instanceof DataEntriesForUserQuery q) {
      return new DataEntryAccess(q.user(), q.involvementsOnly(), null, null);
    }
    if (query instanceof DataEntriesForDataEntryTypeQuery q) {
      return new DataEntryAccess(q.user(), false, q.entryType(), null);
    }
    if (query instanceof DataEntriesQuery) {
      return DataEntryAccess.everyone();
    }
    // a new query type must say whose rows it may read; never default to everyone's
    throw new InvalidValueException("no access rule for " + query.getClass().getName());
  }
}
