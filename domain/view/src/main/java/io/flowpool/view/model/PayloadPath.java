package io.flowpool.view.model;

import io.flowpool.common.api.Payload;
import io.flowpool.view.api.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A path into a payload, written {@code a.b.c}: the key {@code c} of the map at {@code b} of the
 * map at {@code a}. A list on the way (or at the end) stands for each of its elements, so a path
 * can lead to several values.
 */
public record PayloadPath(List<String> segments) implements ViewField {

  public PayloadPath {
    segments = List.copyOf(segments);
    if (segments.isEmpty() || segments.stream().anyMatch(String::isEmpty)) {
      throw new InvalidQueryException(
          "a payload path reads a.b.c, got '" + String.join(".", segments) + "'");
    }
  }

  /** Parses {@code a.b.c}; refuses an empty path or an empty segment. */
  public static PayloadPath parse(String path) {
    if (path == null || path.isEmpty()) {
      throw new InvalidQueryException("a payload path must not be empty");
    }
    return new PayloadPath(List.of(path.split("\\.", -1)));
  }

  @Override
  public String fieldName() {
    return String.join(".", segments);
  }

  /**
   * The values at this path, each list on the way and at the end standing for its elements; empty
   * if the path leads nowhere. A key present with a null value gives a null. A list nested directly
   * in a list is an element like any other (it is not unwrapped further), as PostgreSQL's lax
   * SQL/JSON paths treat it, so that the persistent view selects what these rules select.
   */
  public List<Object> valuesIn(Payload payload) {
    List<Object> current = List.of(payload.values());
    for (String segment : segments) {
      List<Object> next = new ArrayList<>();
      for (Object value : flatten(current)) {
        if (value instanceof Map<?, ?> map && map.containsKey(segment)) {
          next.add(map.get(segment));
        }
      }
      current = next;
    }
    return flatten(current);
  }

  /** The first value at this path, or null: what a sort orders by. */
  public Object firstValueIn(Payload payload) {
    List<Object> values = valuesIn(payload);
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every path that leads to a value other than a map, sorted: the names a filter can use. */
  public static Set<String> leafPathsOf(Payload payload) {
    Set<String> paths = new TreeSet<>();
    collectLeafPaths("", payload.values(), paths);
    return paths;
  }

  private static void collectLeafPaths(String prefix, Object value, Set<String> paths) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        collectLeafPaths(prefix.isEmpty() ? key : prefix + "." + key, entry.getValue(), paths);
      }
    } else if (value instanceof List<?> list) {
      for (Object element : list) {
        collectLeafPaths(prefix, element, paths);
      }
    } else if (!prefix.isEmpty()) {
      paths.add(prefix);
    }
  }

  /** Each list replaced by its elements, one level only. */
  private static List<Object> flatten(List<Object> values) {
    List<Object> flat = new ArrayList<>();
    for (Object value : values) {
      if (value instanceof List<?> list) {
        flat.addAll(list);
      } else {
        flat.add(value);
      }
    }
    return flat;
  }
}
