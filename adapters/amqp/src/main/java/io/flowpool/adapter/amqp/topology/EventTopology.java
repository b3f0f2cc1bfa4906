package io.flowpool.adapter.amqp.topology;

import java.util.Map;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * The event topology: a topic exchange for all events, a quorum view queue bound to everything on
 * it, and a dead-letter exchange and queue. Declaring it again with the same arguments is a no-op,
 * so every application declares it; deploy/rabbitmq/definitions.json holds the same.
 *
 * @param deliveryLimit deliveries of one message before it is dead-lettered
 */
public record EventTopology(
    String eventsExchange,
    String viewQueue,
    int deliveryLimit,
    String deadLetterExchange,
    String deadLetterQueue) {

  /** Routes every event (routing keys are {@code <aggregateType>.<applicationName>}). */
  public static final String ALL_EVENTS = "#";

  /** The queue arguments of the view queue, as declared and as in the definitions file. */
  public Map<String, Object> viewQueueArguments() {
    return Map.of(
        "x-queue-type",
        "quorum",
        "x-delivery-limit",
        deliveryLimit,
        "x-dead-letter-exchange",
        deadLetterExchange,
        // At-least-once dead-lettering (RabbitMQ 3.10+) needs reject-publish overflow.
        "x-dead-letter-strategy",
        "at-least-once",
        "x-overflow",
        "reject-publish",
        // One consumer at a time keeps per-task order with several platform nodes.
        "x-single-active-consumer",
        true);
  }

  /** Everything to declare, for a RabbitAdmin. */
  public Declarables declarables() {
    TopicExchange events = new TopicExchange(eventsExchange, true, false);
    Queue view = QueueBuilder.durable(viewQueue).withArguments(viewQueueArguments()).build();
    FanoutExchange deadLetters = new FanoutExchange(deadLetterExchange, true, false);
    Queue deadLetterStore = QueueBuilder.durable(deadLetterQueue).quorum().build();
    Binding viewBinding = BindingBuilder.bind(view).to(events).with(ALL_EVENTS);
    Binding deadLetterBinding = BindingBuilder.bind(deadLetterStore).to(deadLetters);
    return new Declarables(
        events, view, deadLetters, deadLetterStore, viewBinding, deadLetterBinding);
  }
}
