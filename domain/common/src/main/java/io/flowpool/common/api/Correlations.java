package io.flowpool.common.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Links a task or data entry to data entries: entry type to entry id, one id per type. */
public record Correlations(Map<String, String> entries) {

  private static final Correlations NONE = new Correlations(Map.of());

  public Correlations {
    Map<String, String> copy = new LinkedHashMap<>();
    if (entries != null) {
      entries.forEach(
          (type, id) -> {
            DataIdentity identity = new DataIdentity(type, id);
            copy.put(identity.entryType(), identity.entryId());
          });
    }
    entries = Collections.unmodifiableMap(copy);
  }

  public static Correlations none() {
    return NONE;
  }

  public static Correlations of(String entryType, String entryId) {
    return new Correlations(Map.of(entryType, entryId));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The correlated data entries as identities. */
  public List<DataIdentity> identities() {
    return entries.entrySet().stream()
        .map(entry -> new DataIdentity(entry.getKey(), entry.getValue()))
        .toList();
  }
}
