package io.flowpool.view.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a result.
 *
 * @param page 0-based
 * @param size the size asked for; the last page may hold fewer items
 * @param total how many items match, over all pages
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  public ResultPage {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The same page with every item converted. */
  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
    return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
