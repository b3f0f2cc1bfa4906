package io.flowpool.common.api;

/** Identifies a data entry: its type (e.g. "invoice") and its id within that type. */
public record DataIdentity(String entryType, String entryId) {

  /** Separates type and id in {@link #asString()}. */
  public static final String SEPARATOR = "#";

  public DataIdentity {
    Values.requireText(entryType, "entryType");
    Values.requireText(entryId, "entryId");
    if (entryType.contains(SEPARATOR)) {
      throw new InvalidValueException("entryType must not contain '" + SEPARATOR + "'");
    }
  }

  /** Parses {@code type#id} as written by {@link #asString()}. */
  public static DataIdentity parse(String value) {
    Values.requireText(value, "data identity");
    int separator = value.indexOf(SEPARATOR);
    if (separator <= 0 || separator == value.length() - 1) {
      throw new InvalidValueException(
          "a data identity reads 'entryType" + SEPARATOR + "entryId', got '" + value + "'");
    }
    return new DataIdentity(value.substring(0, separator), value.substring(separator + 1));
  }

  /** {@code entryType#entryId}: the aggregate id of a data entry. */
  public String asString() {
    return entryType + SEPARATOR + entryId;
  }
}
