package io.flowpool.view.api;

import java.util.List;

/** A paged data entry query with sort and filters. */
public sealed interface DataEntryListQuery extends DataEntryQuery
    permits DataEntriesForUserQuery, DataEntriesQuery, DataEntriesForDataEntryTypeQuery {

  int page();

  int size();

  List<String> sort();

  List<String> filters();
}
