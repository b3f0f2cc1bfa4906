package io.flowpool.adapter.amqp.consumer;

import io.flowpool.view.api.ViewEvent;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.amqp.eventhandling.AMQPMessageConverter;
import org.springframework.amqp.core.Message;

/**
 * Reads a message in the Axon AMQP wire format back into a view event: aggregate id, sequence
 * number, timestamp and the deserialized payload. Only Flowpool's own event types are deserialized;
 * anything else is refused before a class is ever loaded by name.
 */
public class ViewEventReader {

  static final String TYPE_HEADER = "axon-message-type";
  private static final String ALLOWED_TYPES = "io.flowpool.";

  private final AMQPMessageConverter converter;

  public ViewEventReader(AMQPMessageConverter converter) {
    this.converter = converter;
  }

  /**
   * @throws UnreadableEventException if the message is not a Flowpool domain event
   */
  public ViewEvent<?> read(Message message) {
    Map<String, Object> headers = message.getMessageProperties().getHeaders();
    Object type = headers.get(TYPE_HEADER);
    if (type == null || !type.toString().startsWith(ALLOWED_TYPES)) {
      throw new UnreadableEventException("Not a Flowpool event type: " + type);
    }
    EventMessage<?> event;
    try {
      event =
          converter
              .readAMQPMessage(message.getBody(), headers)
              .orElseThrow(() -> new UnreadableEventException("No Axon message headers"));
      if (!(event instanceof DomainEventMessage<?> domainEvent)) {
        throw new UnreadableEventException("Event " + type + " carries no aggregate id");
      }
      return new ViewEvent<>(
          domainEvent.getAggregateIdentifier(),
          domainEvent.getSequenceNumber(),
          domainEvent.getTimestamp(),
          domainEvent.getPayload());
    } catch (UnreadableEventException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new UnreadableEventException("Cannot read event " + type + ": " + e.getMessage(), e);
    }
  }
}
