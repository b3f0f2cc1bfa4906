package io.flowpool.adapter.amqp.deadletter;

import java.util.List;
import java.util.Map;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

/** Reads what an operator needs from a dead-lettered message's headers (x-death and Axon's). */
final class DeadLetterReader {

  private DeadLetterReader() {}

  static DeadLetter read(Message message) {
    MessageProperties properties = message.getMessageProperties();
    Map<String, Object> headers = properties.getHeaders();
    Map<String, ?> death = firstDeath(properties);
    Object sequence = headers.get("axon-message-aggregate-seq");
    return new DeadLetter(
        text(headers.get("axon-message-id")),
        text(headers.get("axon-message-type")),
        text(headers.get("axon-message-aggregate-id")),
        sequence instanceof Number number ? number.longValue() : null,
        text(headers.getOrDefault("x-first-death-reason", death.get("reason"))),
        text(headers.getOrDefault("x-first-death-queue", death.get("queue"))),
        originalRoutingKey(properties, death),
        death.get("count") instanceof Number count ? count.longValue() : 1);
  }

  private static Map<String, ?> firstDeath(MessageProperties properties) {
    List<Map<String, ?>> deaths = properties.getXDeathHeader();
    return deaths == null || deaths.isEmpty() ? Map.of() : deaths.get(0);
  }

  private static String originalRoutingKey(MessageProperties properties, Map<String, ?> death) {
    if (death.get("routing-keys") instanceof List<?> keys && !keys.isEmpty()) {
      return text(keys.get(0));
    }
    return properties.getReceivedRoutingKey();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
