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
 * records and is not on the class path), no update check over the network, the PostgreSQL dialect
 * that stores Axon's binary columns as {@code bytea}, and no Axon message timeouts.
 *
 * <p>Axon's timeouts (since 4.11) would interrupt a command's thread after 60 s, and a handler's
 * after 30 s. Flowpool's commands run on the engine's thread, inside the engine's transaction,
 * whose limits are the engine's and the transaction manager's; an interrupt there could break its
 * JDBC connection mid-transaction. They also cost a stack walk and a scheduled task per handler and
 * per command, which showed in profiles of the engine's transactions.
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
          "axon.timeout.enabled", "false",
          "spring.jpa.database-platform", ByteaPostgreSQLDialect.class.getName());

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
  }
}
