package io.flowpool.view.model;

/** What a projection rule does to one row: write it, delete it, or leave it as it is. */
public sealed interface RowChange<T> {

  static <T> RowChange<T> upsert(T row) {
    return new Upsert<>(row);
  }

  static <T> RowChange<T> delete() {
    return new Delete<>();
  }

  static <T> RowChange<T> keep() {
    return new Keep<>();
  }

  /** Write the row. */
  record Upsert<T>(T row) implements RowChange<T> {}

  /** Delete the row. */
  record Delete<T>() implements RowChange<T> {}

  /** Leave the row (or its absence) as it is. */
  record Keep<T>() implements RowChange<T> {}
}
