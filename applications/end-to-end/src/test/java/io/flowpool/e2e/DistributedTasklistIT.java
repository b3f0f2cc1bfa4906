package io.flowpool.e2e;

import static io.flowpool.e2e.support.DistributedDeployment.APPROVER;
import static io.flowpool.e2e.support.DistributedDeployment.INVOICES;
import static io.flowpool.e2e.support.DistributedDeployment.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.e2e.support.DistributedDeployment;
import io.flowpool.e2e.support.EngineRest;
import io.flowpool.e2e.support.EventTap;
import io.flowpool.e2e.support.SharedDeployment;
import io.flowpool.e2e.support.Tasklist;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The distributed deployment as users meet it: two process applications and the platform in JVMs of
 * their own, RabbitMQ between them. Each test ends with the platform's view equal to the engines'
 * runtime tasks.
 */
@ExtendWith(SharedDeployment.class)
class DistributedTasklistIT {

  static DistributedDeployment deployment;
  static Tasklist approver;

  @BeforeAll
  static void deployment(DistributedDeployment shared) {
    deployment = shared;
    approver = shared.tasklist(APPROVER);
  }

  @AfterEach
  void view_equals_the_engines() {
    Faults.awaitConsistent(deployment);
  }

  @Test
  void tasks_created_in_two_process_applications_appear_in_the_platform_view() {
    String orderTask = newOrderTask(ORDERS);
    String invoiceTask = newOrderTask(INVOICES);

    assertThat(awaitVisible(orderTask).at("/sourceReference/applicationName").asText())
        .isEqualTo(ORDERS);
    assertThat(awaitVisible(invoiceTask).at("/sourceReference/applicationName").asText())
        .isEqualTo(INVOICES);
  }

  @Test
  void completing_a_task_from_the_platform_completes_it_in_the_engine_that_owns_it() {
    EngineRest invoices = deployment.engine(INVOICES);
    String instance = invoices.startOrder(newOrderId(), 50);
    String approval = invoices.taskOf(instance);
    awaitVisible(approval);

    assertThat(approver.complete(approval, Map.of("approved", true), null).status()).isEqualTo(204);

    // the owning engine completed it and went on to shipping; the view followed
    await()
        .atMost(DistributedDeployment.VISIBLE)
        .until(() -> !invoices.taskOf(instance).equals(approval));
    await().atMost(DistributedDeployment.VISIBLE).until(() -> approver.task(approval).isEmpty());
  }

  @Test
  void an_action_on_a_task_that_changed_since_the_user_saw_it_is_refused_with_its_reason() {
    String task = newOrderTask(ORDERS);
    long seen = awaitVisible(task).get("version").asLong();
    assertThat(approver.claim(task).status()).isEqualTo(204);
    await()
        .atMost(DistributedDeployment.VISIBLE)
        .until(() -> approver.task(task).orElseThrow().get("version").asLong() > seen);

    var refused = approver.complete(task, Map.of("approved", true), seen);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("reason").asText()).isEqualTo("TASK_CHANGED");
    assertThat(approver.task(task).orElseThrow().get("assignee").asText()).isEqualTo(APPROVER);
  }

  @Test
  void an_engine_transaction_that_rolls_back_publishes_nothing() throws IOException {
    EngineRest orders = deployment.engine(ORDERS);
    orders.deploy("rollback-probe.bpmn", resource("/bpmn/rollback-probe.bpmn"));
    String probeInstance = orders.start("rollback-probe", "probe-" + UUID.randomUUID());
    String probe = orders.taskOf(probeInstance);
    awaitVisible(probe);

    try (EventTap tap = new EventTap(deployment.connectionFactory())) {
      // ${noSuchBean.call()} fails after the task completed: the engine rolls it all back
      assertThat(orders.complete(probe).status()).isGreaterThanOrEqualTo(400);
      // events of one application arrive in order: once a later task is visible, anything the
      // failed completion might have published would have arrived before it
      awaitVisible(newOrderTask(ORDERS));

      assertThat(tap.drain())
          .extracting(EventTap::aggregateIdOf)
          .isNotEmpty()
          .doesNotContain(probe);
    }
    assertThat(orders.taskOf(probeInstance)).isEqualTo(probe);
    assertThat(approver.task(probe)).isPresent();
  }

  private static String newOrderTask(String application) {
    return deployment.newOrderTask(application);
  }

  private static JsonNode awaitVisible(String taskId) {
    return deployment.awaitVisible(taskId);
  }

  private static String newOrderId() {
    return DistributedDeployment.newOrderId();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DistributedTasklistIT.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
