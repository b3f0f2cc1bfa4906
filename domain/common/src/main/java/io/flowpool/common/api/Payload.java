package io.flowpool.common.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business data a task or data entry carries, as a JSON-like map (see {@link JsonValues}).
 * Immutable; keeps the key order it was given.
 */
public record Payload(Map<String, Object> values) {

  private static final Payload EMPTY = new Payload(Map.of());

  public Payload {
    values = values == null ? Map.of() : JsonValues.copyMap(values, "");
  }

  public static Payload empty() {
    return EMPTY;
  }

  public static Payload of(Map<String, ?> values) {
    return new Payload(new LinkedHashMap<String, Object>(values));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The value at a top-level key, or null. */
  public Object get(String key) {
    return values.get(key);
  }
}
