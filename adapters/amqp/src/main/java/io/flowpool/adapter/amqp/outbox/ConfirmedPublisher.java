package io.flowpool.adapter.amqp.outbox;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.amqp.eventhandling.AMQPMessage;
import org.axonframework.extensions.amqp.eventhandling.AMQPMessageConverter;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitOperations;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;
import org.springframework.amqp.rabbit.support.MessagePropertiesConverter;

/**
 * Sends events in the Axon AMQP extension's wire format (ids, type, revision, timestamp, aggregate
 * id and sequence number, metadata as headers; JSON body) to the events exchange as mandatory
 * persistent messages, and waits for all their publisher confirms together.
 */
public class ConfirmedPublisher {

  private static final String CONTENT_TYPE = "application/json";

  private final RabbitTemplate template;
  private final String exchange;
  private final AMQPMessageConverter converter;
  private final Duration confirmTimeout;
  private final Counter published;
  private final MessagePropertiesConverter properties = new DefaultMessagePropertiesConverter();

  /**
   * @param template a template on a connection factory with correlated confirms and returns
   * @param published counts the events the broker confirmed
   */
  public ConfirmedPublisher(
      RabbitTemplate template,
      String exchange,
      AMQPMessageConverter converter,
      Duration confirmTimeout,
      Counter published) {
    this.template = template;
    this.exchange = exchange;
    this.converter = converter;
    this.confirmTimeout = confirmTimeout;
    this.published = published;
    template.setMandatory(true);
    // A return is read from the CorrelationData of its publish; nothing else to call back.
    template.setReturnsCallback(returned -> {});
  }

  /**
   * Publishes the events in order on one channel (RabbitMQ keeps order per channel only), then
   * waits for every confirm.
   *
   * @throws OutboxPublishException unless the broker routed and confirmed every event in time
   */
  void publishAll(List<? extends EventMessage<?>> events) {
    List<PendingConfirm> pending =
        template.invoke(
            operations -> {
              List<PendingConfirm> sent = new ArrayList<>(events.size());
              for (EventMessage<?> event : events) {
                sent.add(send(operations, event));
              }
              return sent;
            });
    Instant deadline = Instant.now().plus(confirmTimeout);
    for (PendingConfirm confirm : pending) {
      confirm.await(deadline);
    }
    published.increment(pending.size());
  }

  private PendingConfirm send(RabbitOperations operations, EventMessage<?> event) {
    AMQPMessage amqp = converter.createAMQPMessage(event);
    MessageProperties messageProperties =
        properties.toMessageProperties(amqp.getProperties(), null, "UTF-8");
    messageProperties.setContentType(CONTENT_TYPE);
    messageProperties.setMessageId(event.getIdentifier());
    CorrelationData correlation = new CorrelationData(event.getIdentifier());
    operations.send(
        exchange,
        amqp.getRoutingKey(),
        new Message(amqp.getBody(), messageProperties),
        correlation);
    return new PendingConfirm(event.getIdentifier(), correlation);
  }
}
