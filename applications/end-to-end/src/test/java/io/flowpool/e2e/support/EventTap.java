package io.flowpool.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * A queue of the test's own bound to the events exchange with {@code #}: a copy of every event the
 * process applications publish from now on, to inspect or to publish again.
 */
public final class EventTap implements AutoCloseable {

  public static final String EVENTS_EXCHANGE = "flowpool.events";
  public static final String AGGREGATE_ID = "axon-message-aggregate-id";

  private final RabbitAdmin admin;
  private final RabbitTemplate template;
  private final String queue = "e2e.tap." + UUID.randomUUID();

  public EventTap(ConnectionFactory connectionFactory) {
    admin = new RabbitAdmin(connectionFactory);
    template = new RabbitTemplate(connectionFactory);
    Queue tap = new Queue(queue, false, false, false);
    admin.declareQueue(tap);
    admin.declareBinding(BindingBuilder.bind(tap).to(new TopicExchange(EVENTS_EXCHANGE)).with("#"));
  }

  /** Everything tapped so far, in publication order (taken off the tap). */
  public List<Message> drain() {
    List<Message> messages = new ArrayList<>();
    for (Message message = template.receive(queue);
        message != null;
        message = template.receive(queue)) {
      messages.add(message);
    }
    return messages;
  }

  public static String aggregateIdOf(Message message) {
    return String.valueOf(message.getMessageProperties().getHeaders().get(AGGREGATE_ID));
  }

  @Override
  public void close() {
    admin.deleteQueue(queue);
  }
}
