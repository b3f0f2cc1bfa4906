package io.flowpool.e2e;

import static io.flowpool.e2e.support.DistributedDeployment.APPROVER;
import static io.flowpool.e2e.support.DistributedDeployment.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.flowpool.e2e.support.ApplicationProcess;
import io.flowpool.e2e.support.DistributedDeployment;
import io.flowpool.e2e.support.LiveTaskList;
import io.flowpool.e2e.support.SharedDeployment;
import io.flowpool.e2e.support.Tasklist;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two platform nodes behind a (thought) load balancer: only the first projects (the view queue's
 * single active consumer), yet a client of the second sees every change live, broadcast by the
 * first over RabbitMQ.
 */
@ExtendWith(SharedDeployment.class)
class LiveUpdatesAcrossPlatformNodesIT {

  private static final String PROJECTED = "flowpool.view.consumed?tag=outcome:projected";
  private static final String RECEIVED = "flowpool.view.changes.received?tag=outcome:delivered";

  static DistributedDeployment deployment;

  @BeforeAll
  static void deployment(DistributedDeployment shared) {
    deployment = shared;
  }

  @AfterEach
  void view_equals_the_engines() {
    Faults.awaitConsistent(deployment);
  }

  @Test
  void a_client_of_the_node_that_does_not_project_sees_a_task_come_and_go_live() {
    ApplicationProcess standby = deployment.newPlatformNode("process-platform-2").start();
    try {
      standby.awaitHealthy();
      double projectedByStandby = deployment.metric(standby, PROJECTED);
      try (LiveTaskList live = new LiveTaskList(standby.baseUrl(), APPROVER, APPROVER)) {

        String task = deployment.newOrderTask(ORDERS);
        await()
            .atMost(DistributedDeployment.VISIBLE)
            .until(() -> live.eventsAbout(task).contains("update"));

        Tasklist approverOnStandby = new Tasklist(standby.baseUrl(), APPROVER, APPROVER);
        assertThat(approverOnStandby.complete(task, Map.of("approved", true), null).status())
            .isEqualTo(204);
        await()
            .atMost(DistributedDeployment.VISIBLE)
            .until(() -> live.eventsAbout(task).contains("removed"));

        assertThat(live.eventsAbout(task)).endsWith("removed");
        assertThat(live.eventsAbout(task).subList(0, 1)).isEqualTo(List.of("update"));
      }
      // the standby projected nothing: all it showed came from the active node's broadcast
      assertThat(deployment.metric(standby, PROJECTED)).isEqualTo(projectedByStandby);
      assertThat(deployment.metric(deployment.platform(), PROJECTED)).isPositive();
      assertThat(deployment.metric(standby, RECEIVED)).isPositive();
    } finally {
      standby.stop();
    }
  }
}
