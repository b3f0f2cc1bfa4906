package io.flowpool.adapter.amqp.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.flowpool.adapter.amqp.outbox.AggregateTypeRoutingKeyResolver;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.amqp.eventhandling.AMQPMessage;
import org.axonframework.extensions.amqp.eventhandling.DefaultAMQPMessageConverter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;

/** Domain events as the outbox puts them on the wire, for tests that play the publisher. */
public final class EventMessages {

  public static final String APPLICATION = "order-application";

  private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final DefaultAMQPMessageConverter CONVERTER =
      DefaultAMQPMessageConverter.builder()
          .serializer(JacksonSerializer.builder().objectMapper(MAPPER).build())
          .routingKeyResolver(new AggregateTypeRoutingKeyResolver(APPLICATION))
          .build();

  private EventMessages() {}

  /** A domain event of a task aggregate. */
  public static GenericDomainEventMessage<Object> taskEvent(
      String taskId, long sequence, Object payload) {
    return new GenericDomainEventMessage<>("Task", taskId, sequence, payload);
  }

  /** The AMQP message of an event, routed {@code Task.order-application}. */
  public static Message toAmqp(GenericDomainEventMessage<?> event) {
    AMQPMessage amqp = CONVERTER.createAMQPMessage(event);
    MessageProperties properties =
        new DefaultMessagePropertiesConverter()
            .toMessageProperties(amqp.getProperties(), null, "UTF-8");
    properties.setReceivedRoutingKey(amqp.getRoutingKey());
    return new Message(amqp.getBody(), properties);
  }

  /** The routing key the outbox gives a task event. */
  public static String taskRoutingKey() {
    return "Task." + APPLICATION;
  }
}
