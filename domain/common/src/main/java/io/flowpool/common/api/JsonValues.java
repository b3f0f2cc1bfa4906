package io.flowpool.common.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a {@link Payload} may hold: what JSON can express. Strings, numbers, booleans, null,
 * lists and maps with string keys of those. Engine types (typed values, entities, dates) must be
 * converted by the adapter that knows them.
 */
public final class JsonValues {

  private JsonValues() {}

  /** A deep, unmodifiable copy of a JSON-like value; refuses anything else naming the path. */
  public static Object copy(Object value, String path) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double
        || value instanceof Float
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigDecimal
        || value instanceof BigInteger) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      return copyMap(map, path);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copy(list.get(i), path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new InvalidValueException(
        path
            + " holds a "
            + value.getClass().getName()
            + "; a payload holds only strings, numbers, booleans, null, lists and maps");
  }

  /** A deep, unmodifiable copy of a map with string keys, keeping the key order. */
  public static Map<String, Object> copyMap(Map<?, ?> map, String path) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key) || key.isBlank()) {
        throw new InvalidValueException(path + " has a key that is not a non-blank string");
      }
      String childPath = path.isEmpty() ? key : path + "." + key;
      copy.put(key, copy(entry.getValue(), childPath));
    }
    return Collections.unmodifiableMap(copy);
  }
}
