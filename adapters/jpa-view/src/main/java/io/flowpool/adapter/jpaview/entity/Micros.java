package io.flowpool.adapter.jpaview.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** PostgreSQL keeps timestamps to the microsecond; rows store them cut there, not rounded. */
final class Micros {

  private Micros() {}

  static Instant of(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }
}
