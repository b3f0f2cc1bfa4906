package io.flowpool.adapter.amqp.config;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Publisher confirms and returns on Spring Boot's RabbitMQ connection, as defaults an application
 * may override: the outbox and the dead-letter re-drive move on only after the broker confirmed.
 */
public class FlowpoolAmqpDefaults implements EnvironmentPostProcessor {

  static final Map<String, Object> DEFAULTS =
      Map.of(
          "spring.rabbitmq.publisher-confirm-type", "correlated",
          "spring.rabbitmq.publisher-returns", "true");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("flowpoolAmqpDefaults", DEFAULTS));
  }
}
