package io.flowpool.view.model;

import io.flowpool.common.api.Values;

/** What a data entry query asks a store for: whose entries, which of them, in which order. */
public record DataEntrySelection(DataEntryAccess access, DataEntryFilter filter, SortOrder sort) {

  public DataEntrySelection {
    Values.require(access, "access");
    Values.require(filter, "filter");
    Values.require(sort, "sort");
  }
}
