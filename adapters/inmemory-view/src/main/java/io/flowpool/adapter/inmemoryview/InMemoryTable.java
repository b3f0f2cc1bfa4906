package io.flowpool.adapter.inmemoryview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows by key, read under the database's read lock and written with undo. */
final class InMemoryTable<K, V> {

  private final InMemoryDatabase database;
  private final Map<K, V> rows = new LinkedHashMap<>();

  InMemoryTable(InMemoryDatabase database) {
    this.database = database;
  }

  Optional<V> get(K key) {
    return database.read(() -> Optional.ofNullable(rows.get(key)));
  }

  /** A copy of every row, for a query to filter and sort. */
  List<V> all() {
    return database.read(() -> new ArrayList<>(rows.values()));
  }

  void put(K key, V value) {
    database.write(() -> restore(key, rows.put(key, value)));
  }

  void remove(K key) {
    database.write(() -> restore(key, rows.remove(key)));
  }

  private Runnable restore(K key, V before) {
    return () -> {
      if (before == null) {
        rows.remove(key);
      } else {
        rows.put(key, before);
      }
    };
  }
}
