package io.flowpool.view.model;

import io.flowpool.view.api.QueryLimits;
import io.flowpool.view.api.ResultPage;
import java.util.List;

/** A 0-based page of a given size. */
public record PageRequest(int page, int size) {

  public PageRequest {
    QueryLimits.checkPage(page, size);
  }

  /** The index of the page's first item. */
  public long offset() {
    return (long) page * size;
  }

  /** This page of a fully sorted list, with the list's size as the total. */
  public <T> ResultPage<T> slice(List<T> all) {
    int from = (int) Math.min(offset(), all.size());
    int to = Math.min(from + size, all.size());
    return new ResultPage<>(all.subList(from, to), page, size, all.size());
  }
}
