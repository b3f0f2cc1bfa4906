package io.flowpool.adapter.amqp.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;

/** The application's meter registry, or one that records nothing where there is none. */
final class Meters {

  private Meters() {}

  static MeterRegistry registry(ObjectProvider<MeterRegistry> registry) {
    // An empty composite hands out no-op meters.
    return registry.getIfAvailable(CompositeMeterRegistry::new);
  }
}
