package io.flowpool.adapter.amqp.config;

import io.flowpool.adapter.amqp.topology.EventTopology;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The event topology, declared on the application's RabbitMQ connection (Spring Boot's RabbitAdmin
 * declares every {@link Declarables} bean when the connection opens).
 */
@AutoConfiguration(after = RabbitAutoConfiguration.class)
@ConditionalOnBean(ConnectionFactory.class)
@EnableConfigurationProperties(FlowpoolAmqpProperties.class)
public class FlowpoolAmqpAutoConfiguration {

  @Bean
  EventTopology flowpoolEventTopology(FlowpoolAmqpProperties properties) {
    return new EventTopology(
        properties.getEventsExchange(),
        properties.getViewQueue(),
        properties.getDeliveryLimit(),
        properties.getDeadLetterExchange(),
        properties.getDeadLetterQueue());
  }

  @Bean
  @ConditionalOnProperty(
      name = "flowpool.amqp.declare-topology",
      havingValue = "true",
      matchIfMissing = true)
  Declarables flowpoolEventDeclarables(EventTopology topology) {
    return topology.declarables();
  }
}
