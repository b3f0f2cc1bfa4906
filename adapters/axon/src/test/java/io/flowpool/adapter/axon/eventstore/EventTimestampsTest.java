package io.flowpool.adapter.axon.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class EventTimestampsTest {

  @Test
  void writes_what_axons_formatter_writes_for_random_instants_of_every_year() {
    Random random = new Random(20261124);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      long second = first + (long) (random.nextDouble() * (last - first + 1));
      Instant instant = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
      assertThat(EventTimestamps.format(instant)).isEqualTo(DateTimeUtils.formatInstant(instant));
    }
  }

  @Test
  void writes_what_axons_formatter_writes_at_the_edges() {
    List<Instant> instants = new ArrayList<>();
    for (String text :
        List.of(
            "0000-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999999999Z",
            "2000-02-29T12:00:00.000999999Z",
            "2026-11-24T09:41:07.123456789Z",
            "9999-12-31T23:59:59.999999999Z")) {
      instants.add(Instant.parse(text));
    }
    // years beyond four digits and before year 0 take Axon's own formatter
    instants.add(Instant.parse("+10000-01-01T00:00:00Z"));
    instants.add(Instant.parse("-0001-12-31T23:59:59.5Z"));
    instants.add(Instant.parse("+999999999-12-31T23:59:59.999Z"));
    for (Instant instant : instants) {
      assertThat(EventTimestamps.format(instant))
          .as("%s", instant)
          .isEqualTo(DateTimeUtils.formatInstant(instant));
    }
  }

  @Test
  void the_text_has_milliseconds_in_three_digits_and_ends_in_z() {
    assertThat(EventTimestamps.format(Instant.parse("2026-01-02T03:04:05Z")))
        .isEqualTo("2026-01-02T03:04:05.000Z");
  }
}
