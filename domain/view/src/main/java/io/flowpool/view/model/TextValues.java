package io.flowpool.view.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How filters read values: the text of a scalar, numbers and dates from filter text. */
public final class TextValues {

  private TextValues() {}

  /**
   * The text of a scalar value; the empty text for null. A number is written in plain decimal, as
   * its JSON text reads in a jsonb column: a Double {@code 1.0E20} as {@code
   * 100000000000000000000}, {@code 1.0E-7} as {@code 0.00000010}.
   */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    BigDecimal decimal = number(value);
    if (decimal != null) {
      return decimal.toPlainString();
    }
    return String.valueOf(value);
  }

  public static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** A number as a BigDecimal, or null if it is none (or not finite). */
  public static BigDecimal number(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Number number) {
      return parseNumber(number.toString());
    }
    return null;
  }

  /** The number a filter value writes, or null. */
  public static BigDecimal parseNumber(String text) {
    // Most texts compared are no numbers (cust_42); an exception for each costs a stack trace.
    if (!onlyNumberCharacters(text)) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True if every character is one that BigDecimal's text form may hold. */
  private static boolean onlyNumberCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isDigit(c) && "+-.eE".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The instant a filter value writes, or null: an ISO instant ({@code 2026-03-02T09:15:00Z}), a
   * date-time with offset, or a date ({@code 2026-03-02}, the start of that day in UTC).
   */
  public static Instant parseInstant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notADateTime) {
      // try the next form
    }
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** True for values a filter compares: text, numbers, booleans (not maps or lists). */
  public static boolean isScalar(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean;
  }
}
