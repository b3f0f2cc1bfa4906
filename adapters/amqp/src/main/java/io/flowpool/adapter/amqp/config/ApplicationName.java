package io.flowpool.adapter.amqp.config;

import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The name a process application is addressed by on the broker: {@code flowpool.application-name},
 * else {@code spring.application.name}. Engine commands and view-rebuild requests are queued per
 * application under this name.
 */
public final class ApplicationName {

  private ApplicationName() {}

  /** The configured name, empty if neither property is set. */
  public static Optional<String> of(Environment environment) {
    String name = environment.getProperty("flowpool.application-name");
    if (name == null || name.isBlank()) {
      name = environment.getProperty("spring.application.name");
    }
    return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
  }
}
