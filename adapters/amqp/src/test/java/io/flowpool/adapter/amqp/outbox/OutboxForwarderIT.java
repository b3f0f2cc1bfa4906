package io.flowpool.adapter.amqp.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.flowpool.adapter.amqp.testing.ResetRefusingTokenStore;
import io.flowpool.adapter.amqp.testing.TestTopology;
import io.flowpool.adapter.amqp.testing.TopologyCleanup;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.view.testing.ViewSamples;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
    classes = OutboxForwarderIT.ProcessApplication.class,
    properties = {
      "flowpool.application-name=order-application",
      "axon.axonserver.enabled=false",
      "axon.serializer.general=jackson",
      "axon.serializer.events=jackson",
      "axon.serializer.messages=jackson",
      "axon.update-check.disabled=true"
    })
class OutboxForwarderIT {

  private static final TestTopology TOPOLOGY = TestTopology.random(5);
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired EventStore eventStore;
  @Autowired ResetRefusingTokenStore tokenStore;
  @Autowired RabbitTemplate template;
  @Autowired AmqpAdmin admin;
  @Autowired ObjectMapper objectMapper;
  @Autowired OutboxReplayEndpoint replay;
  @Autowired OutboxHealthIndicator health;
  @Autowired EventProcessingConfiguration processing;
  @Autowired MeterRegistry meters;

  @DynamicPropertySource
  static void broker(DynamicPropertyRegistry registry) {
    Stream.concat(RabbitTestBroker.springProperties().stream(), TOPOLOGY.properties().stream())
        .forEach(
            property -> {
              int at = property.indexOf('=');
              registry.add(property.substring(0, at), () -> property.substring(at + 1));
            });
  }

  @BeforeEach
  void outboxIsIdle() {
    await().atMost(WAIT).until(() -> outboxPosition() == headPosition());
    admin.purgeQueue(TOPOLOGY.topology().viewQueue(), false);
  }

  @Test
  void stored_events_are_published_once_each_with_axon_headers_and_a_json_body() throws Exception {
    String taskId = newId();
    TaskCreatedEvent created = ViewSamples.task(taskId).created();
    double publishedBefore = published();

    store(
        event(taskId, 0, created).andMetaData(MetaData.with("traceId", "trace-1")),
        event(taskId, 1, new TaskDeletedEvent(taskId, "done")));

    List<Message> messages = receive(2);
    Map<String, Object> headers = messages.get(0).getMessageProperties().getHeaders();
    assertThat(headers)
        .containsEntry("axon-message-type", TaskCreatedEvent.class.getName())
        .containsEntry("axon-message-aggregate-id", taskId)
        .containsEntry("axon-message-aggregate-seq", 0L)
        .containsEntry("axon-message-aggregate-type", "Task")
        .containsEntry("axon-metadata-traceId", "trace-1")
        .containsKeys("axon-message-id", "axon-message-timestamp", "axon-message-revision");
    assertThat(messages.get(0).getMessageProperties().getReceivedRoutingKey())
        .isEqualTo("Task.order-application");
    assertThat(messages.get(0).getMessageProperties().getContentType())
        .isEqualTo("application/json");
    JsonNode body = objectMapper.readTree(messages.get(0).getBody());
    assertThat(body.get("taskId").asText()).isEqualTo(taskId);
    assertThat(messages.get(1).getMessageProperties().getHeaders())
        .containsEntry("axon-message-aggregate-seq", 1L);
    assertThat(nothingMore()).isTrue();
    await().atMost(WAIT).until(() -> published() == publishedBefore + 2);
  }

  @Test
  void progress_endpoint_gauge_and_health_show_the_outbox_caught_up_with_the_store() {
    String taskId = newId();
    store(
        event(taskId, 0, new TaskDeletedEvent(taskId, "a")),
        event(taskId, 1, new TaskDeletedEvent(taskId, "b")));
    receive(2);
    await().atMost(WAIT).until(() -> replay.status().behind() == 0L);

    OutboxStatus status = replay.status();
    assertThat(status.running()).isTrue();
    assertThat(status.error()).isFalse();
    assertThat(status.head()).isEqualTo(headPosition()).isGreaterThanOrEqualTo(1);
    assertThat(status.position()).isEqualTo(status.head());
    assertThat(behindGauge()).isZero();
    Health up = health.health();
    assertThat(up.getStatus()).isEqualTo(Status.UP);
    assertThat(up.getDetails())
        .containsEntry("running", true)
        .containsEntry("position", status.head())
        .containsEntry("head", status.head())
        .containsEntry("behind", 0L)
        .doesNotContainKey("warning");
  }

  @Test
  void health_is_down_while_the_outbox_processor_is_stopped_and_up_again_after_its_restart() {
    TrackingEventProcessor processor =
        processing
            .eventProcessor(OutboxForwarder.PROCESSING_GROUP, TrackingEventProcessor.class)
            .orElseThrow();
    processor.shutDown();
    try {
      String taskId = newId();
      store(
          event(taskId, 0, new TaskDeletedEvent(taskId, "a")),
          event(taskId, 1, new TaskDeletedEvent(taskId, "b")));

      Health down = health.health();
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails()).containsEntry("running", false);
      // A stopped processor reports no position: the lag is unknown, not zero.
      assertThat(replay.status().running()).isFalse();
      assertThat(replay.status().head()).isEqualTo(headPosition());
      assertThat(replay.status().behind()).isNull();
      assertThat(behindGauge()).isNaN();
    } finally {
      processor.start();
    }
    receive(2);
    await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));
    await().atMost(WAIT).until(() -> behindGauge() == 0.0);
  }

  @Test
  void token_stays_while_the_broker_refuses_and_every_event_arrives_after_the_fix() {
    long before = outboxPosition();
    Binding binding = viewBinding();
    admin.removeBinding(binding);
    String taskId = newId();
    try {
      store(
          event(taskId, 0, new TaskDeletedEvent(taskId, "a")),
          event(taskId, 1, new TaskDeletedEvent(taskId, "b")),
          event(taskId, 2, new TaskDeletedEvent(taskId, "c")));

      await().pollDelay(Duration.ofSeconds(3)).atMost(WAIT).until(() -> outboxPosition() == before);
      assertThat(admin.getQueueInfo(TOPOLOGY.topology().viewQueue()).getMessageCount()).isZero();
    } finally {
      admin.declareBinding(binding);
    }

    List<Message> messages = receive(3);
    assertThat(messages)
        .extracting(m -> m.getMessageProperties().getHeaders().get("axon-message-aggregate-seq"))
        .containsExactly(0L, 1L, 2L);
    await().atMost(WAIT).until(() -> outboxPosition() == headPosition());
  }

  @Test
  void event_of_a_rolled_back_transaction_is_never_published() {
    String rolledBack = newId();
    String committed = newId();

    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    eventStore.publish(event(rolledBack, 0, new TaskDeletedEvent(rolledBack, "phantom")));
    unitOfWork.rollback();
    store(event(committed, 0, new TaskDeletedEvent(committed, "real")));

    List<Message> messages = receive(1);
    assertThat(messages.get(0).getMessageProperties().getHeaders())
        .containsEntry("axon-message-aggregate-id", committed);
    assertThat(nothingMore()).isTrue();
  }

  @Test
  void a_replay_whose_token_reset_fails_leaves_the_outbox_forwarding_from_where_it_was() {
    String forwarded = newId();
    store(event(forwarded, 0, new TaskDeletedEvent(forwarded, "before the reset")));
    receive(1); // the token is past the start: a reset has something to replay
    tokenStore.refuseResets(true);
    try {
      assertThatThrownBy(replay::replay).hasStackTraceContaining("refuses the reset");
    } finally {
      tokenStore.refuseResets(false);
    }

    assertThat(replay.status().running()).isTrue();
    String taskId = newId();
    store(event(taskId, 0, new TaskDeletedEvent(taskId, "after the failed reset")));
    assertThat(receive(1).get(0).getMessageProperties().getHeaders())
        .containsEntry("axon-message-aggregate-id", taskId);
    assertThat(nothingMore()).as("no replay of older events").isTrue();
  }

  @Test
  void replay_publishes_the_stored_events_again_for_a_view_rebuilt_from_scratch() {
    String taskId = newId();
    store(event(taskId, 0, new TaskDeletedEvent(taskId, "once")));
    receive(1);

    double publishedBefore = published();
    replay.replay();

    await()
        .atMost(WAIT)
        .until(
            () -> {
              Message message = template.receive(TOPOLOGY.topology().viewQueue(), 500);
              return message != null
                  && taskId.equals(
                      message.getMessageProperties().getHeaders().get("axon-message-aggregate-id"));
            });
    await().atMost(WAIT).until(() -> replay.status().behind() == 0L);
    assertThat(published()).isGreaterThanOrEqualTo(publishedBefore + 1);
  }

  private void store(DomainEventMessage<?>... events) {
    DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(events));
  }

  private static GenericDomainEventMessage<Object> event(String taskId, long sequence, Object e) {
    return new GenericDomainEventMessage<>("Task", taskId, sequence, e);
  }

  private List<Message> receive(int count) {
    List<Message> messages = new ArrayList<>();
    long deadline = System.currentTimeMillis() + WAIT.toMillis();
    while (messages.size() < count && System.currentTimeMillis() < deadline) {
      Message message = template.receive(TOPOLOGY.topology().viewQueue(), 1000);
      if (message != null) {
        messages.add(message);
      }
    }
    assertThat(messages).hasSize(count);
    return messages;
  }

  private boolean nothingMore() {
    return template.receive(TOPOLOGY.topology().viewQueue(), 1500) == null;
  }

  private Binding viewBinding() {
    return BindingBuilder.bind(new Queue(TOPOLOGY.topology().viewQueue()))
        .to(new TopicExchange(TOPOLOGY.topology().eventsExchange()))
        .with("#");
  }

  private long outboxPosition() {
    TrackingToken token = tokenStore.fetchToken(OutboxForwarder.PROCESSING_GROUP, 0);
    return token == null ? -1 : token.position().orElse(-1);
  }

  private long headPosition() {
    TrackingToken head = eventStore.createHeadToken();
    return head == null ? -1 : head.position().orElse(-1);
  }

  private double published() {
    return meters.get("flowpool.outbox.published").counter().count();
  }

  private double behindGauge() {
    return meters.get("flowpool.outbox.behind").gauge().value();
  }

  private static String newId() {
    return "task-" + UUID.randomUUID();
  }

  /** A process application: an Axon event store, RabbitMQ, and this adapter. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class ProcessApplication {

    @Bean
    TopologyCleanup topologyCleanup() {
      return new TopologyCleanup(TOPOLOGY);
    }

    @Bean
    EventStorageEngine eventStorageEngine() {
      return new InMemoryEventStorageEngine();
    }

    @Bean
    ResetRefusingTokenStore tokenStore() {
      return new ResetRefusingTokenStore();
    }

    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
