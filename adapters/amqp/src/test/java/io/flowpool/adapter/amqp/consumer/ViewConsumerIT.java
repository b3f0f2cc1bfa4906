package io.flowpool.adapter.amqp.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.flowpool.adapter.amqp.config.FlowpoolAmqpAutoConfiguration;
import io.flowpool.adapter.amqp.config.FlowpoolViewConsumerAutoConfiguration;
import io.flowpool.adapter.amqp.deadletter.DeadLetter;
import io.flowpool.adapter.amqp.deadletter.DeadLetters;
import io.flowpool.adapter.amqp.deadletter.DeadLettersEndpoint;
import io.flowpool.adapter.amqp.testing.EventMessages;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.flowpool.adapter.amqp.testing.RecordingProjection;
import io.flowpool.adapter.amqp.testing.TestTopology;
import io.flowpool.adapter.amqp.testing.TopologyCleanup;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.testing.ViewSamples;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
    classes = ViewConsumerIT.ViewNode.class,
    properties = {
      "flowpool.amqp.consumer.redelivery-delay=50ms",
      "flowpool.amqp.consumer.batch-size=" + ViewConsumerIT.BATCH_SIZE
    })
class ViewConsumerIT {

  private static final TestTopology TOPOLOGY = TestTopology.random(2);
  private static final Duration WAIT = Duration.ofSeconds(20);
  static final int BATCH_SIZE = 8;

  @Autowired RecordingProjection projection;
  @Autowired RabbitTemplate template;
  @Autowired DeadLetters deadLetters;
  @Autowired DeadLettersEndpoint endpoint;
  @Autowired ConnectionFactory connectionFactory;
  @Autowired ViewEventReader reader;
  @Autowired MeterRegistry meters;

  @Autowired
  @Qualifier("flowpoolViewListenerContainer")
  SimpleMessageListenerContainer container;

  @DynamicPropertySource
  static void broker(DynamicPropertyRegistry registry) {
    for (String property : concat(RabbitTestBroker.springProperties(), TOPOLOGY.properties())) {
      int at = property.indexOf('=');
      registry.add(property.substring(0, at), () -> property.substring(at + 1));
    }
  }

  @Test
  void delivered_event_reaches_the_view_with_aggregate_id_sequence_and_payload() {
    String taskId = newId();
    TaskCreatedEvent created = ViewSamples.task(taskId).created();

    publish(EventMessages.taskEvent(taskId, 0, created));

    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 1);
    ViewEvent<?> event = projection.projectedFor(taskId).get(0);
    assertThat(event.sequenceNumber()).isZero();
    assertThat(event.event()).isEqualTo(created);
  }

  @Test
  void projected_events_are_counted_and_their_lag_is_timed() {
    double projectedBefore = consumed("projected");
    long lagBefore = meters.get(ViewMetrics.LAG).timer().count();
    String taskId = newId();

    publish(EventMessages.taskEvent(taskId, 0, new TaskDeletedEvent(taskId, "a")));
    publish(EventMessages.taskEvent(taskId, 1, new TaskDeletedEvent(taskId, "b")));

    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 2);
    await().atMost(WAIT).until(() -> consumed("projected") == projectedBefore + 2);
    assertThat(meters.get(ViewMetrics.LAG).timer().count()).isEqualTo(lagBefore + 2);
    assertThat(meters.get(ViewMetrics.LAG).timer().max(java.util.concurrent.TimeUnit.SECONDS))
        .isLessThan(WAIT.toSeconds());
  }

  @Test
  void failing_view_gets_the_message_again_and_acks_it_once_it_succeeds() {
    String taskId = newId();
    projection.failTimes(taskId, 1);
    double retriedBefore = consumed("retried");

    publish(EventMessages.taskEvent(taskId, 0, new TaskDeletedEvent(taskId, "gone")));

    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 1);
    assertThat(projection.attemptsFor(taskId)).isEqualTo(2);
    assertThat(deadLettersFor(taskId)).isEmpty();
    assertThat(consumed("retried")).isEqualTo(retriedBefore + 1);
  }

  @Test
  void poison_event_is_dead_lettered_at_the_delivery_limit_and_the_stream_keeps_flowing() {
    String poison = newId();
    String healthy = newId();
    projection.failFor(poison);
    double exhaustedBefore = deadLettered("delivery_limit");
    double retriedBefore = consumed("retried");
    double waitingBefore = deadLetterGauge();

    publish(EventMessages.taskEvent(poison, 3, new TaskDeletedEvent(poison, "poison")));
    publish(EventMessages.taskEvent(healthy, 0, new TaskDeletedEvent(healthy, "fine")));

    await().atMost(WAIT).until(() -> projection.projectedFor(healthy).size() == 1);
    DeadLetter letter = awaitDeadLetter(poison);
    assertThat(letter.reason()).isEqualTo("delivery_limit");
    assertThat(letter.sequenceNumber()).isEqualTo(3L);
    assertThat(letter.type()).isEqualTo(TaskDeletedEvent.class.getName());
    assertThat(letter.queue()).isEqualTo(TOPOLOGY.topology().viewQueue());
    assertThat(letter.routingKey()).isEqualTo(EventMessages.taskRoutingKey());
    assertThat(projection.attemptsFor(poison)).isGreaterThan(TOPOLOGY.topology().deliveryLimit());
    assertThat(projection.projectedFor(poison)).isEmpty();
    assertThat(deadLettered("delivery_limit")).isEqualTo(exhaustedBefore + 1);
    // Returned deliveryLimit times, then once more: that return dead-letters it.
    assertThat(consumed("retried") - retriedBefore).isEqualTo(TOPOLOGY.topology().deliveryLimit());
    await().atMost(WAIT).until(() -> deadLetterGauge() >= waitingBefore + 1);
  }

  @Test
  void dead_letter_redriven_after_the_fix_reaches_the_view_and_leaves_the_dead_letter_queue() {
    String poison = newId();
    projection.failFor(poison);
    publish(EventMessages.taskEvent(poison, 0, new TaskDeletedEvent(poison, "poison")));
    DeadLetter letter = awaitDeadLetter(poison);

    projection.heal(poison);
    assertThat(deadLetters.redrive(letter.messageId(), 100)).isEqualTo(1);

    await().atMost(WAIT).until(() -> projection.projectedFor(poison).size() == 1);
    assertThat(deadLettersFor(poison)).isEmpty();
  }

  @Test
  void actuator_endpoint_lists_and_redrives_dead_letters() {
    String poison = newId();
    projection.failFor(poison);
    publish(EventMessages.taskEvent(poison, 0, new TaskDeletedEvent(poison, "poison")));
    DeadLetter letter = awaitDeadLetter(poison);

    assertThat(endpoint.list()).extracting(DeadLetter::aggregateId).contains(poison);
    projection.heal(poison);
    assertThat(endpoint.redrive(letter.messageId())).containsEntry("redriven", 1);

    await().atMost(WAIT).until(() -> projection.projectedFor(poison).size() == 1);
    assertThat(endpoint.list()).extracting(DeadLetter::aggregateId).doesNotContain(poison);
  }

  @Test
  void unreadable_message_is_dead_lettered_at_once_without_reaching_the_view() {
    String taskId = newId();
    double rejectedBefore = deadLettered("rejected");
    double deadLetteredBefore = consumed("dead-lettered");
    Message message = EventMessages.toAmqp(EventMessages.taskEvent(taskId, 0, "text"));
    message.getMessageProperties().setHeader("axon-message-type", "java.lang.ProcessBuilder");

    template.send(TOPOLOGY.topology().eventsExchange(), EventMessages.taskRoutingKey(), message);

    DeadLetter letter = awaitDeadLetter(taskId);
    assertThat(letter.reason()).isEqualTo("rejected");
    assertThat(projection.attemptsFor(taskId)).isZero();
    assertThat(deadLettered("rejected")).isEqualTo(rejectedBefore + 1);
    assertThat(consumed("dead-lettered")).isEqualTo(deadLetteredBefore + 1);
  }

  @Test
  void duplicate_delivery_reaches_the_view_twice_for_its_sequence_guard() {
    String taskId = newId();
    var event = EventMessages.taskEvent(taskId, 0, new TaskDeletedEvent(taskId, "twice"));

    publish(event);
    publish(event);

    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 2);
    assertThat(projection.projectedFor(taskId))
        .extracting(ViewEvent::sequenceNumber)
        .containsExactly(0L, 0L);
  }

  @Test
  void events_of_one_task_reach_the_view_in_published_order() {
    String taskId = newId();
    List<GenericDomainEventMessage<?>> events = new ArrayList<>();
    for (int sequence = 0; sequence < 20; sequence++) {
      events.add(EventMessages.taskEvent(taskId, sequence, new TaskDeletedEvent(taskId, "n")));
    }
    publishInOrder(events);

    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 20);
    assertThat(projection.projectedFor(taskId)).extracting(ViewEvent::sequenceNumber).isSorted();
  }

  @Test
  void second_platform_node_stays_idle_while_the_first_consumes_so_task_order_holds() {
    RecordingProjection secondNode = new RecordingProjection();
    SimpleMessageListenerContainer second = new SimpleMessageListenerContainer(connectionFactory);
    second.setQueueNames(TOPOLOGY.topology().viewQueue());
    second.setAcknowledgeMode(AcknowledgeMode.MANUAL);
    second.setMessageListener(
        new ViewEventListener(
            reader,
            secondNode,
            Duration.ZERO,
            TOPOLOGY.topology().deliveryLimit(),
            new ViewMetrics(new SimpleMeterRegistry(), Clock.systemUTC())));
    second.start();
    String taskId = newId();
    try {
      List<GenericDomainEventMessage<?>> events = new ArrayList<>();
      for (int sequence = 0; sequence < 20; sequence++) {
        events.add(EventMessages.taskEvent(taskId, sequence, new TaskDeletedEvent(taskId, "n")));
      }
      publishInOrder(events);

      await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 20);
      assertThat(secondNode.attemptsFor(taskId)).isZero();
    } finally {
      second.stop();
    }
  }

  @Test
  void consumer_takes_batches_of_the_configured_size() {
    assertThat(container.isConsumerBatchEnabled()).isTrue();
  }

  @Test
  void a_burst_is_projected_in_batches_and_each_message_acked_once() {
    double projectedBefore = consumed("projected");
    long lagBefore = meters.get(ViewMetrics.LAG).timer().count();
    int batchesBefore = projection.batchSizes().size();
    String taskId = newId();
    List<GenericDomainEventMessage<?>> events = new ArrayList<>();
    for (int sequence = 0; sequence < 30; sequence++) {
      events.add(EventMessages.taskEvent(taskId, sequence, new TaskDeletedEvent(taskId, "n")));
    }

    whileStopped(() -> publishInOrder(events));

    await().atMost(WAIT).until(() -> projection.projectedFor(taskId).size() == 30);
    assertThat(projection.projectedFor(taskId)).extracting(ViewEvent::sequenceNumber).isSorted();
    assertThat(projection.batchSizes().subList(batchesBefore, projection.batchSizes().size()))
        .anySatisfy(size -> assertThat(size).isGreaterThan(1))
        .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(BATCH_SIZE));
    assertThat(projection.attemptsFor(taskId)).isEqualTo(30);
    await().atMost(WAIT).until(() -> consumed("projected") == projectedBefore + 30);
    assertThat(meters.get(ViewMetrics.LAG).timer().count()).isEqualTo(lagBefore + 30);
    // Acked: stopping the consumer returns nothing to the queue, and nothing comes again.
    whileStopped(() -> assertThat(readyMessages()).isZero());
    assertThat(projection.projectedFor(taskId)).hasSize(30);
  }

  @Test
  void poison_inside_a_batch_is_retried_alone_while_its_neighbours_are_projected_once() {
    String poison = newId();
    projection.failFor(poison);
    List<String> neighbours = new ArrayList<>();
    List<GenericDomainEventMessage<?>> events = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        events.add(EventMessages.taskEvent(poison, 0, new TaskDeletedEvent(poison, "poison")));
      }
      String healthy = newId();
      neighbours.add(healthy);
      events.add(EventMessages.taskEvent(healthy, 0, new TaskDeletedEvent(healthy, "fine")));
    }
    double projectedBefore = consumed("projected");
    double retriedBefore = consumed("retried");
    double exhaustedBefore = deadLettered("delivery_limit");
    int batchesBefore = projection.batchSizes().size();

    whileStopped(() -> publishInOrder(events));

    DeadLetter letter = awaitDeadLetter(poison);
    assertThat(letter.reason()).isEqualTo("delivery_limit");
    assertThat(projection.projectedFor(poison)).isEmpty();
    assertThat(projection.batchSizes().subList(batchesBefore, projection.batchSizes().size()))
        .anySatisfy(size -> assertThat(size).isGreaterThan(1));
    for (String healthy : neighbours) {
      assertThat(projection.projectedFor(healthy)).as(healthy).hasSize(1);
    }
    await().atMost(WAIT).until(() -> consumed("projected") == projectedBefore + 10);
    assertThat(consumed("retried") - retriedBefore).isEqualTo(TOPOLOGY.topology().deliveryLimit());
    assertThat(deadLettered("delivery_limit")).isEqualTo(exhaustedBefore + 1);
    whileStopped(() -> assertThat(readyMessages()).isZero());
    for (String healthy : neighbours) {
      assertThat(projection.projectedFor(healthy)).as(healthy).hasSize(1);
    }
  }

  @Test
  void unreadable_message_inside_a_batch_is_dead_lettered_and_its_neighbours_are_acked() {
    String before = newId();
    String unreadable = newId();
    String after = newId();
    double rejectedBefore = deadLettered("rejected");
    Message broken = EventMessages.toAmqp(EventMessages.taskEvent(unreadable, 0, "text"));
    broken.getMessageProperties().setHeader("axon-message-type", "java.lang.ProcessBuilder");

    whileStopped(
        () -> {
          publish(EventMessages.taskEvent(before, 0, new TaskDeletedEvent(before, "a")));
          template.send(
              TOPOLOGY.topology().eventsExchange(), EventMessages.taskRoutingKey(), broken);
          publish(EventMessages.taskEvent(after, 0, new TaskDeletedEvent(after, "b")));
        });

    await().atMost(WAIT).until(() -> projection.projectedFor(after).size() == 1);
    assertThat(projection.projectedFor(before)).hasSize(1);
    assertThat(awaitDeadLetter(unreadable).reason()).isEqualTo("rejected");
    assertThat(deadLettered("rejected")).isEqualTo(rejectedBefore + 1);
    whileStopped(() -> assertThat(readyMessages()).isZero());
    assertThat(projection.projectedFor(before)).hasSize(1);
    assertThat(projection.projectedFor(after)).hasSize(1);
  }

  /** Runs the work while the platform does not consume, e.g. to queue up a burst. */
  private void whileStopped(Runnable work) {
    container.stop();
    try {
      work.run();
    } finally {
      container.start();
    }
  }

  private int readyMessages() {
    var info = new RabbitAdmin(connectionFactory).getQueueInfo(TOPOLOGY.topology().viewQueue());
    return info == null ? -1 : info.getMessageCount();
  }

  private void publish(GenericDomainEventMessage<?> event) {
    publishInOrder(List.of(event));
  }

  /** On one channel: RabbitMQ keeps the order of messages per channel only. */
  private void publishInOrder(List<GenericDomainEventMessage<?>> events) {
    template.invoke(
        operations -> {
          for (GenericDomainEventMessage<?> event : events) {
            Message message = EventMessages.toAmqp(event);
            MessageProperties properties = message.getMessageProperties();
            operations.send(
                TOPOLOGY.topology().eventsExchange(), properties.getReceivedRoutingKey(), message);
          }
          return null;
        });
  }

  private DeadLetter awaitDeadLetter(String aggregateId) {
    await().atMost(WAIT).until(() -> deadLettersFor(aggregateId).size() == 1);
    return deadLettersFor(aggregateId).get(0);
  }

  private List<DeadLetter> deadLettersFor(String aggregateId) {
    return deadLetters.list(1000).stream()
        .filter(letter -> aggregateId.equals(letter.aggregateId()))
        .toList();
  }

  private double consumed(String outcome) {
    return meters.get(ViewMetrics.CONSUMED).tag("outcome", outcome).counter().count();
  }

  private double deadLettered(String reason) {
    return meters.get(ViewMetrics.DEAD_LETTERED).tag("reason", reason).counter().count();
  }

  private double deadLetterGauge() {
    return meters.get("flowpool.view.dead-letters").gauge().value();
  }

  private static String newId() {
    return "task-" + UUID.randomUUID();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }

  /** A platform node with nothing but RabbitMQ and the view consumer. */
  @SpringBootConfiguration
  @ImportAutoConfiguration({
    RabbitAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    FlowpoolAmqpAutoConfiguration.class,
    FlowpoolViewConsumerAutoConfiguration.class
  })
  static class ViewNode {

    @Bean
    TopologyCleanup topologyCleanup() {
      return new TopologyCleanup(TOPOLOGY);
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
