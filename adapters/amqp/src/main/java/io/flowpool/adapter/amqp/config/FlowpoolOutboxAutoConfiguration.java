package io.flowpool.adapter.amqp.config;

import io.flowpool.adapter.amqp.outbox.AggregateTypeRoutingKeyResolver;
import io.flowpool.adapter.amqp.outbox.ConfirmedPublisher;
import io.flowpool.adapter.amqp.outbox.OutboxForwarder;
import io.flowpool.adapter.amqp.outbox.OutboxProcessorModule;
import io.flowpool.adapter.amqp.outbox.OutboxReplayEndpoint;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.amqp.eventhandling.DefaultAMQPMessageConverter;
import org.axonframework.serialization.Serializer;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox of a process application: wherever an Axon event store exists, a tracking processor
 * forwards its committed events to the events exchange with publisher confirms.
 */
@AutoConfiguration(
    after = FlowpoolAmqpAutoConfiguration.class,
    afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass({ConfigurerModule.class, EventStore.class})
@ConditionalOnBean({EventStore.class, ConnectionFactory.class})
@ConditionalOnProperty(
    name = "flowpool.amqp.outbox.enabled",
    havingValue = "true",
    matchIfMissing = true)
public class FlowpoolOutboxAutoConfiguration {

  @Bean
  OutboxProcessorModule flowpoolOutboxProcessorModule(FlowpoolAmqpProperties properties) {
    return new OutboxProcessorModule(properties.getOutbox().getBatchSize());
  }

  @Bean
  OutboxForwarder flowpoolOutboxForwarder(
      ConnectionFactory connectionFactory,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      @Value("${flowpool.application-name:${spring.application.name:application}}")
          String applicationName,
      FlowpoolAmqpProperties properties) {
    if (!connectionFactory.isPublisherConfirms()) {
      throw new IllegalStateException(
          "The outbox needs publisher confirms: set spring.rabbitmq.publisher-confirm-type=correlated");
    }
    DefaultAMQPMessageConverter converter =
        DefaultAMQPMessageConverter.builder()
            .serializer(eventSerializer)
            .routingKeyResolver(new AggregateTypeRoutingKeyResolver(applicationName))
            .durable(true)
            .build();
    ConfirmedPublisher publisher =
        new ConfirmedPublisher(
            new RabbitTemplate(connectionFactory),
            properties.getEventsExchange(),
            converter,
            properties.getOutbox().getConfirmTimeout());
    return new OutboxForwarder(publisher);
  }

  /** Exposed where the application has Spring Boot Actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Endpoint.class)
  static class OutboxReplayEndpointConfiguration {

    @Bean
    OutboxReplayEndpoint flowpoolOutboxReplayEndpoint(EventProcessingConfiguration processing) {
      return new OutboxReplayEndpoint(processing);
    }
  }
}
