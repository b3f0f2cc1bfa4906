package io.flowpool.adapter.axon.config;

import io.flowpool.adapter.axon.eventstore.ByteaPostgreSQLDialect;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings this adapter needs, as defaults that any application property overrides: no Axon
 * Server (local buses, JPA event store), Jackson for every serializer (XStream refuses the domain
 * records and is not on the class path), no update check over the network, and the PostgreSQL
 * dialect that stores Axon's binary columns as {@code bytea}.
 */
public class FlowpoolAxonDefaults implements EnvironmentPostProcessor {

  static final String SOURCE_NAME = "flowpoolAxonDefaults";

  static final Map<String, Object> DEFAULTS =
      Map.of(
          "axon.axonserver.enabled", "false",
          "axon.serializer.general", "jackson",
          "axon.serializer.events", "jackson",
          "axon.serializer.messages", "jackson",
          "axon.update-check.disabled", "true",
          "spring.jpa.database-platform", ByteaPostgreSQLDialect.class.getName());

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
  }
}
