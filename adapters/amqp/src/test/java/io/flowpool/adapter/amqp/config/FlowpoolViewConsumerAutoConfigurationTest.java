package io.flowpool.adapter.amqp.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.adapter.amqp.consumer.ViewEventBatchListener;
import io.flowpool.adapter.amqp.consumer.ViewEventListener;
import io.flowpool.adapter.amqp.consumer.ViewEventReader;
import io.flowpool.adapter.amqp.consumer.ViewMetrics;
import io.flowpool.adapter.amqp.testing.RecordingProjection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/** How the consumer's properties shape the listener container (never started here). */
class FlowpoolViewConsumerAutoConfigurationTest {

  @Test
  void by_default_messages_are_projected_in_batches() {
    SimpleMessageListenerContainer container = container(new FlowpoolAmqpProperties());

    assertThat(container.isConsumerBatchEnabled()).isTrue();
    assertThat(container.getMessageListener()).isInstanceOf(ViewEventBatchListener.class);
  }

  @Test
  void batch_size_one_projects_each_message_on_its_own_as_before() {
    FlowpoolAmqpProperties properties = new FlowpoolAmqpProperties();
    properties.getConsumer().setBatchSize(1);

    SimpleMessageListenerContainer container = container(properties);

    assertThat(container.isConsumerBatchEnabled()).isFalse();
    assertThat(container.getMessageListener()).isInstanceOf(ViewEventListener.class);
  }

  @Test
  void a_batch_size_below_one_is_refused() {
    FlowpoolAmqpProperties.Consumer consumer = new FlowpoolAmqpProperties().getConsumer();

    assertThatThrownBy(() -> consumer.setBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static SimpleMessageListenerContainer container(FlowpoolAmqpProperties properties) {
    CachingConnectionFactory connectionFactory = new CachingConnectionFactory("127.0.0.1");
    try {
      return new FlowpoolViewConsumerAutoConfiguration()
          .flowpoolViewListenerContainer(
              connectionFactory,
              new ViewEventReader(null),
              new RecordingProjection(),
              properties,
              new ViewMetrics(new SimpleMeterRegistry(), Clock.systemUTC()));
    } finally {
      connectionFactory.destroy();
    }
  }
}
