package io.flowpool.adapter.amqp.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.adapter.amqp.config.FlowpoolAmqpProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Queue;

class EventTopologyTest {

  private static final EventTopology DEFAULTS =
      new EventTopology(
          "flowpool.events",
          "flowpool.view",
          5,
          "flowpool.events.dead-letter",
          "flowpool.view.dead-letter");

  @Test
  void view_queue_is_a_quorum_queue_with_delivery_limit_dead_letters_and_one_active_consumer() {
    Queue view = DEFAULTS.declarables().getDeclarablesByType(Queue.class).get(0);

    assertThat(view.isDurable()).isTrue();
    assertThat(view.getArguments())
        .containsEntry("x-queue-type", "quorum")
        .containsEntry("x-delivery-limit", 5)
        .containsEntry("x-dead-letter-exchange", "flowpool.events.dead-letter")
        .containsEntry("x-single-active-consumer", true);
  }

  @Test
  void events_exchange_routes_every_event_to_the_view_queue() {
    List<Binding> bindings = DEFAULTS.declarables().getDeclarablesByType(Binding.class);

    assertThat(bindings)
        .anySatisfy(
            binding -> {
              assertThat(binding.getExchange()).isEqualTo("flowpool.events");
              assertThat(binding.getDestination()).isEqualTo("flowpool.view");
              assertThat(binding.getRoutingKey()).isEqualTo("#");
            });
    assertThat(DEFAULTS.declarables().getDeclarablesByType(Exchange.class))
        .extracting(Exchange::getName, Exchange::getType)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("flowpool.events", "topic"),
            org.assertj.core.groups.Tuple.tuple("flowpool.events.dead-letter", "fanout"));
  }

  @Test
  void shipped_definitions_declare_the_same_queues_as_the_applications() throws IOException {
    List<Map<String, Object>> queues = shippedDefinitions("queues");

    Map<String, Object> view = byName(queues, "flowpool.view");
    Map<String, Object> deadLetters = byName(queues, "flowpool.view.dead-letter");
    assertThat(view.get("arguments")).isEqualTo(DEFAULTS.viewQueueArguments());
    assertThat(deadLetters.get("arguments")).isEqualTo(Map.of("x-queue-type", "quorum"));
  }

  @Test
  void shipped_definitions_have_the_view_rebuild_exchange_as_fanout() throws IOException {
    List<Map<String, Object>> exchanges = shippedDefinitions("exchanges");

    Map<String, Object> rebuild =
        byName(exchanges, new FlowpoolAmqpProperties().getRebuild().getExchange());
    assertThat(rebuild).containsEntry("type", "fanout").containsEntry("durable", true);
  }

  @Test
  void shipped_definitions_have_the_view_changes_exchange_as_fanout() throws IOException {
    List<Map<String, Object>> exchanges = shippedDefinitions("exchanges");

    Map<String, Object> viewChanges =
        byName(exchanges, new FlowpoolAmqpProperties().getViewChanges().getExchange());
    assertThat(viewChanges)
        .containsEntry("type", "fanout")
        .containsEntry("durable", true)
        .containsEntry("auto_delete", false);
  }

  /** One section ("queues", "exchanges") of the shipped RabbitMQ definitions file. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> shippedDefinitions(String section) throws IOException {
    Map<String, Object> definitions =
        new ObjectMapper()
            .readValue(
                Files.readString(definitionsFile()), new TypeReference<Map<String, Object>>() {});
    return (List<Map<String, Object>>) definitions.get(section);
  }

  private static Map<String, Object> byName(List<Map<String, Object>> items, String name) {
    return items.stream().filter(item -> name.equals(item.get("name"))).findFirst().orElseThrow();
  }

  private static Path definitionsFile() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("deploy/rabbitmq/definitions.json"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("deploy/rabbitmq/definitions.json above the module").isNotNull();
    return dir.resolve("deploy/rabbitmq/definitions.json");
  }
}
