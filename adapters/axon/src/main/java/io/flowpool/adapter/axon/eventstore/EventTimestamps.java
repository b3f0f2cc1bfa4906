package io.flowpool.adapter.axon.eventstore;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.axonframework.common.DateTimeUtils;

/**
 * An event's time stamp as the event store's text column holds it, exactly as Axon's {@link
 * DateTimeUtils#formatInstant} writes it ({@code 2026-11-24T09:41:07.123Z}: UTC, milliseconds
 * always three digits, so that the texts of the years 0000–9999 sort like the instants). Written by
 * hand for the years 0000–9999; Axon's formatter, which walks a general pattern for every event, is
 * used for any other year. A test compares both over many instants.
 */
final class EventTimestamps {

  private static final long FIRST_SECOND =
      LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long LAST_SECOND =
      LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

  private EventTimestamps() {}

  static String format(Instant instant) {
    long second = instant.getEpochSecond();
    if (second < FIRST_SECOND || second > LAST_SECOND) {
      return DateTimeUtils.formatInstant(instant);
    }
    LocalDateTime time = LocalDateTime.ofEpochSecond(second, instant.getNano(), ZoneOffset.UTC);
    char[] text = new char[24];
    digits(text, 0, time.getYear(), 4);
    text[4] = '-';
    digits(text, 5, time.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, time.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, time.getHour(), 2);
    text[13] = ':';
    digits(text, 14, time.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, time.getSecond(), 2);
    text[19] = '.';
    digits(text, 20, time.getNano() / 1_000_000, 3);
    text[23] = 'Z';
    return new String(text);
  }

  /** Writes the value as exactly {@code width} decimal digits, with leading zeros. */
  private static void digits(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
