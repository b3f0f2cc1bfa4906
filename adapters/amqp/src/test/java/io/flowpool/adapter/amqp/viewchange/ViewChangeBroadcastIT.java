package io.flowpool.adapter.amqp.viewchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import io.flowpool.adapter.amqp.config.FlowpoolAmqpAutoConfiguration;
import io.flowpool.adapter.amqp.config.FlowpoolViewChangesAutoConfiguration;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.flowpool.adapter.amqp.testing.RecordingProjection;
import io.flowpool.adapter.amqp.testing.TestTopology;
import io.flowpool.view.model.ViewChange;
import io.flowpool.view.port.out.ViewUpdateListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two platform nodes (A and B: two application contexts with their own node ids) on one broker,
 * with the adapter's auto-configuration. What a node's projection commits reaches the other node's
 * live subscriptions (a recording listener stands in for them); the broadcaster is called as the
 * projection calls it, after a commit.
 */
class ViewChangeBroadcastIT {

  private static final TestTopology TOPOLOGY = TestTopology.random(5);
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void start() {
    nodeA = start("a");
    nodeB = start("b");
  }

  @AfterAll
  static void stop() {
    ConnectionFactory connectionFactory = nodeA == null ? null : connectionFactory(nodeA);
    if (connectionFactory != null) {
      // the nodes' queues go with their connections
      new RabbitAdmin(connectionFactory).deleteExchange(TOPOLOGY.viewChanges().exchange());
    }
    close(nodeB);
    close(nodeA);
  }

  @BeforeEach
  void forget() {
    subscriptions(nodeA).clear();
    subscriptions(nodeB).clear();
  }

  @Test
  void node_b_subscriptions_get_what_node_a_committed_in_order() {
    List<List<ViewChange>> committed = new ArrayList<>();
    committed.add(ViewChangeSamples.everyKind());
    for (int i = 0; i < 200; i++) {
      committed.add(
          List.of(
              new ViewChange.TaskChanged(ViewChangeSamples.task("t-" + i, i)),
              new ViewChange.TaskRemoved("t-" + i, i + 1)));
    }

    committed.forEach(broadcaster(nodeA)::onChanges);

    await().atMost(WAIT).until(() -> subscriptions(nodeB).size() == committed.size());
    assertThat(subscriptions(nodeB).lists()).containsExactlyElementsOf(committed);
  }

  @Test
  void a_node_skips_its_own_broadcast() {
    double ownBefore = received(nodeA, "own");
    List<ViewChange> changes = List.of(new ViewChange.TaskRemoved("t-own", 1));

    broadcaster(nodeA).onChanges(changes);

    await().atMost(WAIT).until(() -> received(nodeA, "own") == ownBefore + 1);
    await().atMost(WAIT).until(() -> subscriptions(nodeB).size() == 1);
    assertThat(subscriptions(nodeA).lists()).isEmpty();
    assertThat(subscriptions(nodeB).lists()).containsExactly(changes);
  }

  @Test
  void an_unreadable_message_is_dropped_and_later_changes_still_arrive() throws Exception {
    double unreadableBefore = received(nodeB, "unreadable");
    RabbitTemplate template = new RabbitTemplate(connectionFactory(nodeA));
    template.send(TOPOLOGY.viewChanges().exchange(), "", raw("this is not JSON"));
    template.send(TOPOLOGY.viewChanges().exchange(), "", raw("[{\"type\":\"Nope\"}]"));
    List<ViewChange> later = List.of(new ViewChange.TaskRemoved("t-after", 2));

    broadcaster(nodeA).onChanges(later);

    await().atMost(WAIT).until(() -> subscriptions(nodeB).size() == 1);
    assertThat(subscriptions(nodeB).lists()).containsExactly(later);
    // dropped once each: not returned to the queue and read again
    Thread.sleep(500);
    assertThat(received(nodeB, "unreadable")).isEqualTo(unreadableBefore + 2);
  }

  @Test
  void a_broadcaster_that_cannot_publish_never_throws_into_the_projection() throws IOException {
    // a port where no broker answers: every publish fails
    CachingConnectionFactory nowhere = new CachingConnectionFactory("127.0.0.1", freePort());
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ViewChangeBroadcaster broadcaster = broadcaster(nowhere, 1000, meters).start();
    try {
      assertThatCode(
              () -> {
                for (int i = 0; i < 5; i++) {
                  broadcaster.onChanges(List.of(new ViewChange.TaskRemoved("t-" + i, i)));
                }
              })
          .doesNotThrowAnyException();

      await().atMost(WAIT).until(() -> broadcast(meters, "failed") >= 1);
      assertThat(broadcast(meters, "published")).isZero();
    } finally {
      broadcaster.close();
      nowhere.destroy();
    }
  }

  @Test
  void a_blocked_publisher_drops_what_does_not_fit_instead_of_slowing_the_projection()
      throws IOException {
    // a port that accepts connections and never answers: the publisher hangs in the handshake,
    // as it hangs on a connection that RabbitMQ blocks
    try (ServerSocket silent = new ServerSocket(0)) {
      CachingConnectionFactory hanging =
          new CachingConnectionFactory("127.0.0.1", silent.getLocalPort());
      hanging.setConnectionTimeout((int) WAIT.toMillis());
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      ViewChangeBroadcaster broadcaster = broadcaster(hanging, 10, meters).start();
      try {
        long started = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
          broadcaster.onChanges(List.of(new ViewChange.TaskRemoved("t-" + i, i)));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        // one list is with the hanging publisher, ten wait, the rest are dropped
        assertThat(broadcaster.droppedCount()).isBetween(989L, 990L);
        assertThat(broadcast(meters, "dropped")).isEqualTo(broadcaster.droppedCount());
      } finally {
        broadcaster.close();
        hanging.destroy();
      }
    }
  }

  private static ViewChangeBroadcaster broadcaster(
      CachingConnectionFactory connectionFactory, int capacity, MeterRegistry meters) {
    return new ViewChangeBroadcaster(
        new RabbitTemplate(connectionFactory),
        TOPOLOGY.viewChanges().exchange(),
        new ViewChangeCodec(),
        NodeId.random(),
        capacity,
        meters);
  }

  private static Message raw(String body) {
    return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
        .setHeader(ViewChangeCodec.NODE_HEADER, "some-other-node")
        .build();
  }

  private static double received(ConfigurableApplicationContext node, String outcome) {
    return node.getBean(MeterRegistry.class)
        .get(ViewChangeReceiver.RECEIVED)
        .tag("outcome", outcome)
        .counter()
        .count();
  }

  private static double broadcast(MeterRegistry meters, String outcome) {
    return meters.get(ViewChangeBroadcaster.BROADCAST).tag("outcome", outcome).counter().count();
  }

  private static ViewChangeBroadcaster broadcaster(ConfigurableApplicationContext node) {
    return node.getBean(ViewChangeBroadcaster.class);
  }

  private static RecordingSubscriptions subscriptions(ConfigurableApplicationContext node) {
    return node.getBean(RecordingSubscriptions.class);
  }

  private static ConnectionFactory connectionFactory(ConfigurableApplicationContext node) {
    return node.getBean(ConnectionFactory.class);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static ConfigurableApplicationContext start(String name) {
    Map<String, Object> properties = new HashMap<>();
    for (String property : concat(RabbitTestBroker.springProperties(), TOPOLOGY.properties())) {
      int at = property.indexOf('=');
      properties.put(property.substring(0, at), property.substring(at + 1));
    }
    // only the view changes: no event topology, no view consumer
    properties.put("flowpool.amqp.declare-topology", "false");
    properties.put("flowpool.amqp.consumer.enabled", "false");
    properties.put("spring.application.name", "node-" + name);
    properties.put("spring.main.banner-mode", "off");
    return new SpringApplicationBuilder(PlatformNode.class)
        .web(WebApplicationType.NONE)
        .properties(properties)
        .run();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static void close(ConfigurableApplicationContext context) {
    if (context != null) {
      context.close();
    }
  }

  /** A platform node: a projection (which makes it one) and its live subscriptions, recorded. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    RabbitAutoConfiguration.class,
    FlowpoolAmqpAutoConfiguration.class,
    FlowpoolViewChangesAutoConfiguration.class
  })
  static class PlatformNode {

    @Bean
    RecordingProjection recordingProjection() {
      return new RecordingProjection();
    }

    @Bean
    RecordingSubscriptions recordingSubscriptions() {
      return new RecordingSubscriptions();
    }

    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  /** Stands in for the node's live subscriptions: records every list it is told of. */
  static class RecordingSubscriptions implements ViewUpdateListener {

    private final List<List<ViewChange>> lists = new CopyOnWriteArrayList<>();

    @Override
    public void onChanges(List<ViewChange> changes) {
      lists.add(changes);
    }

    List<List<ViewChange>> lists() {
      return List.copyOf(lists);
    }

    int size() {
      return lists.size();
    }

    void clear() {
      lists.clear();
    }
  }
}
