package io.flowpool.view.model;

import java.util.List;

/**
 * The parsed sort of a query: its keys in order, always ending with the identity fields so that the
 * order (and so the paging) is total and stable.
 */
public record SortOrder(List<SortKey> keys) {

  public SortOrder {
    keys = List.copyOf(keys);
  }
}
