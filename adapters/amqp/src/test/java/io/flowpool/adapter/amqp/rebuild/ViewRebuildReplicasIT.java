package io.flowpool.adapter.amqp.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.flowpool.adapter.amqp.testing.EventMessages;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.flowpool.adapter.amqp.testing.TestTopology;
import io.flowpool.common.testing.PostgresTestDatabase;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A process application running as two replicas (two contexts on one PostgreSQL database, one
 * rebuild queue), the first holding the outbox's token claim: rebuild requests reach it, whichever
 * replica the queue delivers them to. Every test has a database, broker names and replicas of its
 * own.
 */
@ExtendWith(OutputCaptureExtension.class)
class ViewRebuildReplicasIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final List<ProcessApplicationReplica> replicas = new ArrayList<>();
  private PostgresTestDatabase database;
  private TestTopology topology;
  private CachingConnectionFactory broker;
  private RabbitAdmin admin;
  private ViewRebuildRequester platform;

  @BeforeEach
  void setUp() {
    database = PostgresTestDatabase.create("flowpool_amqp_replicas");
    ProcessApplicationReplica.createAxonSchema(database);
    topology = TestTopology.random(5);
    broker = RabbitTestBroker.connectionFactory();
    admin = new RabbitAdmin(broker);
    platform =
        new ViewRebuildRequester(
            new RabbitTemplate(broker),
            topology.rebuild().exchange(),
            "test-platform",
            Duration.ofSeconds(10),
            Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    for (int i = replicas.size() - 1; i >= 0; i--) {
      replicas.get(i).close();
    }
    if (broker != null) {
      topology.delete(broker);
      broker.destroy();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void every_request_is_replayed_once_by_the_replica_holding_the_outbox_claim() {
    ProcessApplicationReplica owner = startOwner(1000);
    ProcessApplicationReplica other = startSecond(1000);

    // The owner does not listen for a moment: the queue delivers every request to the other one.
    owner.rebuildListener().stop();
    List<String> requests =
        IntStream.range(0, 3).mapToObj(i -> platform.request().requestId()).toList();
    await().atMost(WAIT).until(() -> other.requests("handed-on") >= requests.size());
    assertThat(other.outbox().running()).as("the other replica's outbox runs on").isTrue();
    owner.rebuildListener().start();

    await().atMost(WAIT).until(() -> owner.requests("replayed") == requests.size());
    await()
        .during(Duration.ofSeconds(1))
        .atMost(WAIT)
        .until(() -> owner.requests("replayed") == requests.size() && rebuildQueueIsEmpty());
    assertThat(other.requests("replayed")).isZero();
    for (ProcessApplicationReplica replica : List.of(owner, other)) {
      assertThat(replica.requests("dropped")).as(replica.node()).isZero();
      assertThat(replica.requests("failed")).as(replica.node()).isZero();
      assertThat(replica.outbox().running()).as(replica.node()).isTrue();
      assertThat(replica.outbox().error()).as(replica.node()).isFalse();
    }
    assertOneReplicaForwards(owner, other);
    // the stored event went out once before the requests and again with the replays
    await().atMost(WAIT).until(() -> viewQueueMessages() >= 2);
  }

  @Test
  void requests_sent_while_both_replicas_listen_are_all_replayed_by_the_owner() {
    ProcessApplicationReplica owner = startOwner(1000);
    ProcessApplicationReplica other = startSecond(1000);

    IntStream.range(0, 4).forEach(i -> platform.request());

    await().atMost(WAIT).until(() -> owner.requests("replayed") == 4);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(WAIT)
        .until(() -> owner.requests("replayed") == 4 && rebuildQueueIsEmpty());
    assertThat(other.requests("replayed")).isZero();
    assertThat(other.requests("dropped")).isZero();
    assertThat(other.outbox().running()).isTrue();
    assertOneReplicaForwards(owner, other);
  }

  @Test
  void request_nobody_can_serve_is_dropped_after_the_hop_limit_with_an_error(
      CapturedOutput output) {
    ProcessApplicationReplica owner = startOwner(5);
    ProcessApplicationReplica other = startSecond(5);
    owner.rebuildListener().stop(); // the claim's holder takes no requests

    String requestId = platform.request().requestId();

    await().atMost(WAIT).until(() -> other.requests("dropped") == 1);
    assertThat(other.requests("handed-on")).isEqualTo(5);
    assertThat(other.requests("replayed")).isZero();
    assertThat(output.getOut() + output.getErr())
        .containsPattern("ERROR.*View rebuild request " + requestId + " .*dropped");
    await().atMost(WAIT).until(this::rebuildQueueIsEmpty);
    assertThat(other.outbox().running()).isTrue();
    assertThat(owner.ownsOutboxClaim()).isTrue();

    owner.rebuildListener().start();
    await()
        .during(Duration.ofMillis(500))
        .atMost(WAIT)
        .until(() -> owner.requests("replayed") == 0);
  }

  /**
   * After the replays one replica holds the claim and the outbox is caught up. Not necessarily the
   * first: replays back to back restart its processor in quick succession, and Axon 4 may then
   * leave the claim unused until it expires (10 s) and the other replica takes it over.
   */
  private void assertOneReplicaForwards(
      ProcessApplicationReplica owner, ProcessApplicationReplica other) {
    await().atMost(WAIT).until(() -> owner.ownsOutboxClaim() != other.ownsOutboxClaim());
    ProcessApplicationReplica forwarding = owner.ownsOutboxClaim() ? owner : other;
    await().atMost(WAIT).until(() -> forwarding.outbox().behind() == 0L);
  }

  /** The first replica, once its outbox holds the claim and forwarded a stored event. */
  private ProcessApplicationReplica startOwner(int handOnLimit) {
    ProcessApplicationReplica owner = start("replica-a", handOnLimit);
    String taskId = "task-" + UUID.randomUUID();
    owner.store(EventMessages.taskEvent(taskId, 0, new TaskDeletedEvent(taskId, "a")));
    await().atMost(WAIT).until(owner::ownsOutboxClaim);
    await().atMost(WAIT).until(() -> viewQueueMessages() == 1);
    return owner;
  }

  /** The second replica, running its outbox without the claim. */
  private ProcessApplicationReplica startSecond(int handOnLimit) {
    ProcessApplicationReplica other = start("replica-b", handOnLimit);
    await().atMost(WAIT).until(() -> other.outbox().running());
    assertThat(other.ownsOutboxClaim()).isFalse();
    return other;
  }

  private ProcessApplicationReplica start(String node, int handOnLimit) {
    ProcessApplicationReplica replica =
        ProcessApplicationReplica.start(node, database, topology, handOnLimit);
    replicas.add(replica);
    return replica;
  }

  private boolean rebuildQueueIsEmpty() {
    QueueInformation queue =
        admin.getQueueInfo(topology.rebuild().queueFor(EventMessages.APPLICATION));
    return queue != null && queue.getMessageCount() == 0;
  }

  /** Events the outboxes published (nobody consumes the view queue here). */
  private int viewQueueMessages() {
    QueueInformation queue = admin.getQueueInfo(topology.topology().viewQueue());
    return queue == null ? 0 : queue.getMessageCount();
  }
}
