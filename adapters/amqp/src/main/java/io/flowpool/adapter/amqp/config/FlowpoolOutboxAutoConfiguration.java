package io.flowpool.adapter.amqp.config;

import io.flowpool.adapter.amqp.outbox.AggregateTypeRoutingKeyResolver;
import io.flowpool.adapter.amqp.outbox.ConfirmedPublisher;
import io.flowpool.adapter.amqp.outbox.OutboxForwarder;
import io.flowpool.adapter.amqp.outbox.OutboxHealthIndicator;
import io.flowpool.adapter.amqp.outbox.OutboxProcessorModule;
import io.flowpool.adapter.amqp.outbox.OutboxProgress;
import io.flowpool.adapter.amqp.outbox.OutboxReplay;
import io.flowpool.adapter.amqp.outbox.OutboxReplayEndpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.amqp.eventhandling.DefaultAMQPMessageConverter;
import org.axonframework.serialization.Serializer;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox of a process application: wherever an Axon event store exists, a tracking processor
 * forwards its committed events to the events exchange with publisher confirms. Its progress is a
 * gauge, a health indicator and an actuator endpoint, which can also replay it.
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
      FlowpoolAmqpProperties properties,
      ObjectProvider<MeterRegistry> meterRegistry) {
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
    Counter published =
        Counter.builder("flowpool.outbox.published")
            .description("Events the broker confirmed to the outbox")
            .register(Meters.registry(meterRegistry));
    ConfirmedPublisher publisher =
        new ConfirmedPublisher(
            new RabbitTemplate(connectionFactory),
            properties.getEventsExchange(),
            converter,
            properties.getOutbox().getConfirmTimeout(),
            published);
    return new OutboxForwarder(publisher);
  }

  @Bean
  OutboxReplay flowpoolOutboxReplay(EventProcessingConfiguration processing) {
    return new OutboxReplay(processing);
  }

  @Bean
  OutboxProgress flowpoolOutboxProgress(
      EventProcessingConfiguration processing,
      EventStore eventStore,
      ObjectProvider<MeterRegistry> meterRegistry) {
    OutboxProgress progress = new OutboxProgress(processing, eventStore);
    Gauge.builder("flowpool.outbox.behind", progress, OutboxProgress::behind)
        .description("Events stored but not yet confirmed by the broker")
        .register(Meters.registry(meterRegistry));
    return progress;
  }

  /** Exposed where the application has Spring Boot Actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({Endpoint.class, HealthIndicator.class})
  static class OutboxActuatorConfiguration {

    @Bean
    OutboxReplayEndpoint flowpoolOutboxReplayEndpoint(
        OutboxReplay replay, OutboxProgress progress) {
      return new OutboxReplayEndpoint(replay, progress);
    }

    /** Named so that it appears as {@code flowpoolOutbox} in the health endpoint. */
    @Bean
    OutboxHealthIndicator flowpoolOutboxHealthIndicator(
        OutboxProgress progress, FlowpoolAmqpProperties properties) {
      return new OutboxHealthIndicator(progress, properties.getOutbox().getLagWarning());
    }
  }
}
