package io.flowpool.e2e;

import static io.flowpool.e2e.support.DistributedDeployment.ADMIN;
import static io.flowpool.e2e.support.DistributedDeployment.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.e2e.support.ApplicationProcess;
import io.flowpool.e2e.support.BrokerControl;
import io.flowpool.e2e.support.DistributedDeployment;
import io.flowpool.e2e.support.EngineRest;
import io.flowpool.e2e.support.EventTap;
import io.flowpool.e2e.support.SharedDeployment;
import io.flowpool.e2e.support.Tasklist;
import io.flowpool.e2e.support.ViewAudit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Faults of the distributed deployment, each ending with the platform's view compared with every
 * engine's runtime tasks: nothing lost, nothing duplicated, nothing unexpected, nothing different.
 */
@ExtendWith(SharedDeployment.class)
class FaultToleranceIT {

  static DistributedDeployment deployment;

  @BeforeAll
  static void deployment(DistributedDeployment shared) {
    deployment = shared;
  }

  @AfterEach
  void view_equals_the_engines() {
    ViewAudit.Result audit = Faults.awaitConsistent(deployment);
    System.out.println("view audit: " + audit);
  }

  @Test
  void rabbitmq_restarted_mid_stream() {
    Faults.Stream stream = Faults.stream(deployment, 30);
    stream.halfway();

    BrokerControl.restart();

    assertThat(stream.finish()).hasSize(30);
  }

  @Test
  void platform_killed_and_restarted_mid_stream() {
    Faults.Stream stream = Faults.stream(deployment, 30);
    stream.halfway();

    deployment.platform().kill();
    stream.finish();
    deployment.platform().start().awaitHealthy();
  }

  @Test
  void a_standby_platform_node_takes_over_when_the_active_one_is_killed() {
    // the first node consumes the view queue (single active consumer); the second waits
    ApplicationProcess standby = deployment.newPlatformNode("process-platform-2").start();
    try {
      standby.awaitHealthy();
      Faults.Stream stream = Faults.stream(deployment, 30);
      stream.halfway();

      deployment.platform().kill();
      stream.finish();

      ViewAudit.Result projectedByStandby = Faults.awaitConsistent(deployment);
      assertThat(projectedByStandby.engineTasks()).isPositive();
    } finally {
      standby.stop();
      if (!deployment.platform().isAlive()) {
        deployment.platform().start().awaitHealthy();
      }
    }
  }

  @Test
  void process_application_killed_between_commit_and_confirm() {
    ApplicationProcess orders = deployment.application(ORDERS);
    EngineRest engine = deployment.engine(ORDERS);
    List<String> committed = new ArrayList<>();
    String watermark = BrokerControl.blockPublishers();
    try {
      for (int i = 0; i < 5; i++) {
        committed.add(engine.taskOf(engine.startOrder(DistributedDeployment.newOrderId(), 70)));
      }
      Faults.sleep(Duration.ofSeconds(2)); // the outbox has published, the confirms are held back
      orders.kill();
    } finally {
      BrokerControl.unblockPublishers(watermark);
    }
    orders.start().awaitHealthy();

    Tasklist approver = deployment.tasklist(DistributedDeployment.APPROVER);
    for (String task : committed) {
      await().atMost(Faults.CONVERGENCE).until(() -> approver.task(task).isPresent());
    }
  }

  @Test
  void a_poison_message_is_dead_lettered_the_rest_flows_and_a_re_drive_delivers_it() {
    // the view's database refuses one task until the operator repairs it
    deployment.executeOnPlatformDatabase(
        """
        create or replace function e2e_poison() returns trigger language plpgsql as $$
        begin
          if new.business_key like 'poison-%' then
            raise exception 'e2e: task % refused', new.id;
          end if;
          return new;
        end $$;
        create trigger e2e_poison before insert or update on fp_task
          for each row execute function e2e_poison();
        """);
    Tasklist admin = deployment.tasklist(ADMIN);
    EngineRest engine = deployment.engine(ORDERS);
    String poison = engine.taskOf(engine.startOrder("poison-" + System.nanoTime(), 99));
    String after = deployment.newOrderTask(ORDERS);

    deployment.awaitVisible(after); // the rest flows
    await()
        .atMost(Faults.CONVERGENCE)
        .until(() -> aggregateIds(admin.deadLetters()).contains(poison));
    ViewAudit.Result beforeRepair = deployment.audit();
    assertThat(beforeRepair.lost()).containsExactly(ORDERS + "/" + poison);

    deployment.executeOnPlatformDatabase("drop trigger e2e_poison on fp_task");
    admin.redriveDeadLetters();

    deployment.awaitVisible(poison);
    assertThat(aggregateIds(admin.deadLetters())).doesNotContain(poison);
  }

  @Test
  void duplicated_and_reordered_deliveries_are_absorbed_by_the_view() {
    RabbitAdmin admin = new RabbitAdmin(deployment.connectionFactory());
    RabbitTemplate publisher = new RabbitTemplate(deployment.connectionFactory());
    Binding viewBinding =
        BindingBuilder.bind(new Queue("flowpool.view"))
            .to(new TopicExchange(EventTap.EVENTS_EXCHANGE))
            .with("#");
    List<Message> events = new ArrayList<>();
    try (EventTap tap = new EventTap(deployment.connectionFactory())) {
      // the view hears nothing of these tasks while only the tap is bound
      admin.removeBinding(viewBinding);
      try {
        EngineRest engine = deployment.engine(ORDERS);
        List<String> claimed = new ArrayList<>();
        List<String> unclaimed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          String task = engine.taskOf(engine.startOrder(DistributedDeployment.newOrderId(), 30));
          if (i % 2 == 0) {
            engine.claim(task, "gonzo"); // a second event of the same task
            claimed.add(task);
          } else {
            unclaimed.add(task);
          }
        }
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  events.addAll(tap.drain());
                  List<String> ids = events.stream().map(EventTap::aggregateIdOf).toList();
                  return ids.containsAll(unclaimed)
                      && claimed.stream().allMatch(task -> Collections.frequency(ids, task) >= 2);
                });
      } finally {
        admin.declareBinding(viewBinding);
      }
    }

    // every event twice, in an order that puts later events of a task before earlier ones
    List<Message> replay = new ArrayList<>(events);
    replay.addAll(events);
    Collections.shuffle(replay, new Random(42));
    Collections.reverse(replay);
    publisher.invoke(
        channel -> {
          for (Message event : replay) {
            channel.send(
                EventTap.EVENTS_EXCHANGE,
                event.getMessageProperties().getReceivedRoutingKey(),
                event);
          }
          channel.waitForConfirmsOrDie(10_000);
          return null;
        });
    // the view consumes in order: a task started now is seen after every replayed event
    deployment.awaitVisible(deployment.newOrderTask(ORDERS));
  }

  private static List<String> aggregateIds(JsonNode deadLetters) {
    JsonNode list = deadLetters.isArray() ? deadLetters : deadLetters.path("deadLetters");
    return StreamSupport.stream(list.spliterator(), false)
        .map(letter -> letter.path("aggregateId").asText())
        .toList();
  }
}
