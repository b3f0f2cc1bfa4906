package io.flowpool.adapter.amqp.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.adapter.amqp.consumer.ViewEventBatchListener;
import io.flowpool.adapter.amqp.consumer.ViewEventListener;
import io.flowpool.adapter.amqp.consumer.ViewEventReader;
import io.flowpool.adapter.amqp.consumer.ViewMetrics;
import io.flowpool.adapter.amqp.deadletter.DeadLetterCount;
import io.flowpool.adapter.amqp.deadletter.DeadLetters;
import io.flowpool.adapter.amqp.deadletter.DeadLettersEndpoint;
import io.flowpool.view.port.in.ProjectEventUseCase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.extensions.amqp.eventhandling.DefaultAMQPMessageConverter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The view side (process platform): wherever the view's projection use case exists, a listener on
 * the view queue feeds it, and the dead letters of that queue can be listed and re-driven.
 */
@AutoConfiguration(after = {FlowpoolAmqpAutoConfiguration.class, JacksonAutoConfiguration.class})
@ConditionalOnBean({ProjectEventUseCase.class, ConnectionFactory.class})
@ConditionalOnProperty(
    name = "flowpool.amqp.consumer.enabled",
    havingValue = "true",
    matchIfMissing = true)
public class FlowpoolViewConsumerAutoConfiguration {

  /** A scrape (or several registries) asks the broker for the dead-letter count once. */
  private static final Duration DEAD_LETTER_COUNT_MAX_AGE = Duration.ofSeconds(5);

  @Bean
  ViewMetrics flowpoolViewMetrics(ObjectProvider<MeterRegistry> meterRegistry) {
    return new ViewMetrics(Meters.registry(meterRegistry), Clock.systemUTC());
  }

  @Bean
  ViewEventReader flowpoolViewEventReader(ObjectProvider<ObjectMapper> objectMapper) {
    ObjectMapper mapper = objectMapper.getIfAvailable(ObjectMapper::new).copy();
    JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(mapper).build();
    return new ViewEventReader(
        DefaultAMQPMessageConverter.builder().serializer(serializer).build());
  }

  @Bean
  SimpleMessageListenerContainer flowpoolViewListenerContainer(
      ConnectionFactory connectionFactory,
      ViewEventReader reader,
      ProjectEventUseCase projection,
      FlowpoolAmqpProperties properties,
      ViewMetrics metrics) {
    FlowpoolAmqpProperties.Consumer consumer = properties.getConsumer();
    SimpleMessageListenerContainer container =
        new SimpleMessageListenerContainer(connectionFactory);
    container.setQueueNames(properties.getViewQueue());
    container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
    container.setPrefetchCount(Math.max(consumer.getPrefetch(), consumer.getBatchSize()));
    container.setConcurrentConsumers(1);
    ViewEventListener oneByOne =
        new ViewEventListener(
            reader,
            projection,
            consumer.getRedeliveryDelay(),
            properties.getDeliveryLimit(),
            metrics);
    if (consumer.getBatchSize() == 1) {
      container.setMessageListener(oneByOne);
      return container;
    }
    long waitMillis = consumer.getBatchWait().toMillis();
    container.setConsumerBatchEnabled(true);
    container.setBatchSize(consumer.getBatchSize());
    // A batch is handed over when it is full, when no message came for waitMillis, or when
    // gathering took waitMillis in all: under a backlog batches fill at once, at low load a
    // message waits at most about twice waitMillis.
    container.setReceiveTimeout(waitMillis);
    container.setBatchReceiveTimeout(waitMillis);
    // One message, one delivery tag: producer-side batches (none are published to this queue)
    // would share a tag and break the per-message acks; undivided they are dead-lettered.
    container.setDeBatchingEnabled(false);
    container.setMessageListener(new ViewEventBatchListener(reader, projection, oneByOne, metrics));
    return container;
  }

  @Bean
  DeadLetters flowpoolDeadLetters(
      ConnectionFactory connectionFactory,
      FlowpoolAmqpProperties properties,
      ObjectProvider<MeterRegistry> meterRegistry) {
    DeadLetters deadLetters =
        new DeadLetters(
            new RabbitTemplate(connectionFactory),
            properties.getDeadLetterQueue(),
            properties.getEventsExchange(),
            properties.getOutbox().getConfirmTimeout());
    DeadLetterCount count =
        new DeadLetterCount(deadLetters::count, DEAD_LETTER_COUNT_MAX_AGE, Clock.systemUTC());
    Gauge.builder("flowpool.view.dead-letters", count, DeadLetterCount::value)
        .description("Messages waiting in the view's dead-letter queue")
        .strongReference(true)
        .register(Meters.registry(meterRegistry));
    return deadLetters;
  }

  /** Exposed where the application has Spring Boot Actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Endpoint.class)
  static class DeadLettersEndpointConfiguration {

    @Bean
    DeadLettersEndpoint flowpoolDeadLettersEndpoint(DeadLetters deadLetters) {
      return new DeadLettersEndpoint(deadLetters);
    }
  }
}
