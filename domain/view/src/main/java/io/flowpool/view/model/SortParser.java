package io.flowpool.view.model;

import io.flowpool.view.api.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses sorts written {@code +field} (ascending) or {@code -field} (descending); without a sign,
 * ascending. Fields: a sortable attribute (optionally with its {@code task.} or {@code data.}
 * prefix) or {@code payload.<path>}. Blank entries are skipped; unknown fields are refused.
 */
public final class SortParser {

  private static final String PAYLOAD_PREFIX = "payload.";

  private SortParser() {}

  /** A task sort; without keys {@code -createTime}; always ending with {@code +id}. */
  public static SortOrder taskSort(List<String> sort) {
    List<SortKey> keys = new ArrayList<>();
    for (String entry : sort == null ? List.<String>of() : sort) {
      parse(entry, "task.", SortParser::taskAttribute, TaskAttribute.names(true))
          .ifPresent(keys::add);
    }
    if (keys.isEmpty()) {
      keys.add(SortKey.descending(TaskAttribute.CREATE_TIME));
    }
    addTieBreaker(keys, TaskAttribute.ID);
    return new SortOrder(keys);
  }

  /**
   * A data entry sort; without keys {@code -lastModifiedAt}; always ending with {@code +entryType}
   * and {@code +entryId}.
   */
  public static SortOrder dataEntrySort(List<String> sort) {
    List<SortKey> keys = new ArrayList<>();
    for (String entry : sort == null ? List.<String>of() : sort) {
      parse(entry, "data.", DataEntryAttribute::byName, DataEntryAttribute.names())
          .ifPresent(keys::add);
    }
    if (keys.isEmpty()) {
      keys.add(SortKey.descending(DataEntryAttribute.LAST_MODIFIED_AT));
    }
    addTieBreaker(keys, DataEntryAttribute.ENTRY_TYPE);
    addTieBreaker(keys, DataEntryAttribute.ENTRY_ID);
    return new SortOrder(keys);
  }

  private static Optional<SortKey> parse(
      String entry,
      String prefix,
      Function<String, Optional<? extends ViewField>> attributes,
      String known) {
    if (entry == null || entry.isBlank()) {
      return Optional.empty();
    }
    boolean ascending = entry.charAt(0) != '-';
    String name = entry.charAt(0) == '+' || entry.charAt(0) == '-' ? entry.substring(1) : entry;
    if (name.startsWith(PAYLOAD_PREFIX)) {
      try {
        return Optional.of(
            new SortKey(PayloadPath.parse(name.substring(PAYLOAD_PREFIX.length())), ascending));
      } catch (InvalidQueryException e) {
        throw invalid(entry, e.getMessage());
      }
    }
    String attribute = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    ViewField field =
        attributes
            .apply(attribute)
            .orElseThrow(
                () ->
                    invalid(
                        entry,
                        "unknown sort field '"
                            + name
                            + "'; sortable: "
                            + known
                            + ", payload.<path>"));
    return Optional.of(new SortKey(field, ascending));
  }

  private static Optional<TaskAttribute> taskAttribute(String name) {
    return TaskAttribute.byName(name).filter(attribute -> attribute.type().sortable());
  }

  private static void addTieBreaker(List<SortKey> keys, ViewField field) {
    if (keys.stream().noneMatch(key -> key.field().equals(field))) {
      keys.add(SortKey.ascending(field));
    }
  }

  private static InvalidQueryException invalid(String entry, String reason) {
    return new InvalidQueryException("invalid sort '" + entry + "': " + reason);
  }
}
