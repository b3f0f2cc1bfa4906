package io.flowpool.adapter.amqp.deadletter;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;
import org.springframework.amqp.rabbit.support.MessagePropertiesConverter;

/**
 * Lists the dead-letter queue without consuming it, and re-drives dead letters: each goes back to
 * the queue that dead-lettered it (only there, so other views see no duplicate) and leaves the
 * dead-letter queue only after the broker confirmed the re-publish.
 */
public class DeadLetters {

  private final RabbitTemplate template;
  private final String deadLetterQueue;
  private final String eventsExchange;
  private final Duration confirmTimeout;
  private final MessagePropertiesConverter converter = new DefaultMessagePropertiesConverter();

  /**
   * @param template a template on a connection factory with correlated publisher confirms
   */
  public DeadLetters(
      RabbitTemplate template,
      String deadLetterQueue,
      String eventsExchange,
      Duration confirmTimeout) {
    this.template = template;
    this.deadLetterQueue = deadLetterQueue;
    this.eventsExchange = eventsExchange;
    this.confirmTimeout = confirmTimeout;
    template.setMandatory(true);
    // A return is read from the CorrelationData of its publish; nothing else to call back.
    template.setReturnsCallback(returned -> {});
  }

  /** The first {@code limit} dead letters, oldest first; they stay in the queue. */
  public List<DeadLetter> list(int limit) {
    return template.execute(
        channel -> {
          List<DeadLetter> letters = new ArrayList<>();
          List<Long> tags = new ArrayList<>();
          try {
            for (GetResponse response = next(channel, letters.size(), limit);
                response != null;
                response = next(channel, letters.size(), limit)) {
              tags.add(response.getEnvelope().getDeliveryTag());
              letters.add(DeadLetterReader.read(toMessage(response)));
            }
          } finally {
            requeue(channel, tags);
          }
          return letters;
        });
  }

  /** How many dead letters wait (asks the broker). */
  public long count() {
    return template.execute(channel -> channel.messageCount(deadLetterQueue));
  }

  /** Re-drives every dead letter (up to {@code limit}); returns how many moved. */
  public int redriveAll(int limit) {
    return redrive(letter -> true, limit);
  }

  /** Re-drives the dead letter with this event id; returns 1 if it was found, else 0. */
  public int redrive(String messageId, int limit) {
    return redrive(letter -> messageId.equals(letter.messageId()), limit);
  }

  private int redrive(Predicate<DeadLetter> which, int limit) {
    return template.execute(
        channel -> {
          int moved = 0;
          int seen = 0;
          // Everything taken but not re-driven goes back, also when a re-drive fails midway.
          List<Long> unsettled = new ArrayList<>();
          try {
            for (GetResponse response = next(channel, seen, limit);
                response != null;
                response = next(channel, ++seen, limit)) {
              long tag = response.getEnvelope().getDeliveryTag();
              unsettled.add(tag);
              Message message = toMessage(response);
              DeadLetter letter = DeadLetterReader.read(message);
              if (which.test(letter)) {
                republish(message, letter.queue());
                channel.basicAck(tag, false);
                unsettled.remove(Long.valueOf(tag));
                moved++;
              }
            }
          } finally {
            requeue(channel, unsettled);
          }
          return moved;
        });
  }

  private GetResponse next(Channel channel, int seen, int limit) throws IOException {
    return seen >= limit ? null : channel.basicGet(deadLetterQueue, false);
  }

  private static void requeue(Channel channel, List<Long> tags) throws IOException {
    for (long tag : tags) {
      channel.basicNack(tag, false, true);
    }
  }

  private Message toMessage(GetResponse response) {
    MessageProperties properties =
        converter.toMessageProperties(response.getProps(), response.getEnvelope(), "UTF-8");
    return new Message(response.getBody(), properties);
  }

  private void republish(Message message, String queue) {
    MessageProperties properties = message.getMessageProperties();
    properties.getHeaders().remove("x-delivery-count");
    String exchange = queue == null ? eventsExchange : "";
    String routingKey = queue == null ? properties.getReceivedRoutingKey() : queue;
    CorrelationData correlation = new CorrelationData(UUID.randomUUID().toString());
    template.send(exchange, routingKey, message, correlation);
    awaitConfirm(correlation, routingKey);
  }

  private void awaitConfirm(CorrelationData correlation, String target) {
    CorrelationData.Confirm confirm;
    try {
      confirm = correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new DeadLetterException("No confirm for the re-drive to " + target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeadLetterException("Interrupted re-driving to " + target, e);
    }
    if (!confirm.isAck() || correlation.getReturned() != null) {
      throw new DeadLetterException("Broker did not take the re-drive to " + target);
    }
  }
}
