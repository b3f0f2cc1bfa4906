package io.flowpool.adapter.amqp.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.flowpool.adapter.amqp.outbox.OutboxReplayEndpoint;
import io.flowpool.adapter.amqp.testing.EventMessages;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.flowpool.adapter.amqp.testing.RecordingProjection;
import io.flowpool.adapter.amqp.testing.TestTopology;
import io.flowpool.adapter.amqp.testing.TopologyCleanup;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.view.api.ViewEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A process application (Axon over an in-memory event store, the outbox) and a platform node (the
 * view consumer with a recording projection) in one context, on random broker names.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
    classes = ViewRebuildIT.ApplicationAndPlatform.class,
    properties = {
      "flowpool.application-name=" + EventMessages.APPLICATION,
      "axon.axonserver.enabled=false",
      "axon.serializer.general=jackson",
      "axon.serializer.events=jackson",
      "axon.serializer.messages=jackson",
      "axon.update-check.disabled=true"
    })
class ViewRebuildIT {

  private static final TestTopology TOPOLOGY = TestTopology.random(5);
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired EventStore eventStore;
  @Autowired RecordingProjection projection;
  @Autowired ViewRebuildEndpoint endpoint;
  @Autowired OutboxReplayEndpoint outbox;
  @Autowired AmqpAdmin admin;
  @Autowired ConnectionFactory connectionFactory;

  @Autowired
  @Qualifier("flowpoolViewRebuildListenerContainer")
  SimpleMessageListenerContainer rebuildListener;

  @DynamicPropertySource
  static void broker(DynamicPropertyRegistry registry) {
    Stream.concat(RabbitTestBroker.springProperties().stream(), TOPOLOGY.properties().stream())
        .forEach(
            property -> {
              int at = property.indexOf('=');
              registry.add(property.substring(0, at), () -> property.substring(at + 1));
            });
  }

  @Test
  void rebuild_request_makes_the_application_publish_its_stored_events_to_the_view_again() {
    String taskId = newId();
    store(
        EventMessages.taskEvent(taskId, 0, new TaskDeletedEvent(taskId, "a")),
        EventMessages.taskEvent(taskId, 1, new TaskDeletedEvent(taskId, "b")));
    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 2);
    await().atMost(WAIT).until(() -> outbox.status().behind() == 0L);

    ViewRebuildRequest request = endpoint.request();

    assertThat(request.routed()).isTrue();
    assertThat(request.requestedBy()).startsWith(EventMessages.APPLICATION + "@");
    assertThat(endpoint.requests()).first().isEqualTo(request);
    // The recording view has no sequence guard: it shows the re-sent events a real view drops.
    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 4);
    assertThat(projection.projectedFor(taskId))
        .extracting(ViewEvent::sequenceNumber)
        .containsExactly(0L, 1L, 0L, 1L);
    await().atMost(WAIT).until(() -> outbox.status().behind() == 0L);
    assertThat(outbox.status().position()).isEqualTo(outbox.status().head());
  }

  @Test
  void request_waits_in_the_queue_of_an_application_that_is_not_listening() {
    String taskId = newId();
    store(EventMessages.taskEvent(taskId, 0, new TaskDeletedEvent(taskId, "a")));
    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 1);
    String queue = TOPOLOGY.rebuild().queueFor(EventMessages.APPLICATION);

    rebuildListener.stop();
    try {
      assertThat(endpoint.request().routed()).isTrue();
      await().atMost(WAIT).until(() -> admin.getQueueInfo(queue).getMessageCount() == 1);
      assertThat(projection.projectedFor(taskId)).hasSize(1);
    } finally {
      rebuildListener.start();
    }

    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 2);
    await().atMost(WAIT).until(() -> admin.getQueueInfo(queue).getMessageCount() == 0);
  }

  @Test
  void request_that_reaches_no_application_is_reported_as_not_routed() {
    String lonely = RabbitTestBroker.uniqueName("test.view-rebuild.lonely");
    admin.declareExchange(new FanoutExchange(lonely, false, true));
    try {
      ViewRebuildRequester requester =
          new ViewRebuildRequester(
              new RabbitTemplate(connectionFactory),
              lonely,
              "test",
              Duration.ofSeconds(10),
              Clock.systemUTC());

      ViewRebuildRequest request = requester.request();

      assertThat(request.routed()).isFalse();
      assertThat(requester.sent()).containsExactly(request);
    } finally {
      admin.deleteExchange(lonely);
    }
  }

  private void store(DomainEventMessage<?>... events) {
    DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(events));
  }

  private static String newId() {
    return "task-" + UUID.randomUUID();
  }

  /** Both sides of a view rebuild. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class ApplicationAndPlatform {

    @Bean
    TopologyCleanup topologyCleanup() {
      return new TopologyCleanup(TOPOLOGY);
    }

    @Bean
    EventStorageEngine eventStorageEngine() {
      return new InMemoryEventStorageEngine();
    }

    @Bean
    TokenStore tokenStore() {
      return new InMemoryTokenStore();
    }

    @Bean
    RecordingProjection recordingProjection() {
      return new RecordingProjection();
    }

    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
