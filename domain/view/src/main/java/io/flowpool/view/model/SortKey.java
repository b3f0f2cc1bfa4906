package io.flowpool.view.model;

import io.flowpool.common.api.Values;

/** One field to order by; absent values come last in either direction. */
public record SortKey(ViewField field, boolean ascending) {

  public SortKey {
    Values.require(field, "field");
  }

  public static SortKey ascending(ViewField field) {
    return new SortKey(field, true);
  }

  public static SortKey descending(ViewField field) {
    return new SortKey(field, false);
  }
}
