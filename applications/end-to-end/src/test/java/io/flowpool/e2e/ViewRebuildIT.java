package io.flowpool.e2e;

import static io.flowpool.e2e.support.DistributedDeployment.ADMIN;
import static io.flowpool.e2e.support.DistributedDeployment.INVOICES;
import static io.flowpool.e2e.support.DistributedDeployment.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.e2e.support.ApplicationProcess;
import io.flowpool.e2e.support.DistributedDeployment;
import io.flowpool.e2e.support.SharedDeployment;
import io.flowpool.e2e.support.ViewAudit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A platform whose view was lost asks the process applications to re-publish: each re-sends its
 * whole event store, the view is whole again, and what it already had is dropped as a duplicate.
 */
@ExtendWith(SharedDeployment.class)
class ViewRebuildIT {

  private static final String PUBLISHED = "flowpool.outbox.published";

  static DistributedDeployment deployment;

  @BeforeAll
  static void deployment(DistributedDeployment shared) {
    deployment = shared;
  }

  @Test
  void a_lost_view_is_rebuilt_from_the_event_stores_of_the_process_applications() {
    deployment.awaitVisible(deployment.newOrderTask(ORDERS));
    deployment.awaitVisible(deployment.newOrderTask(INVOICES));

    deployment.executeOnPlatformDatabase(
        "truncate fp_task, fp_data_entry_protocol, fp_data_entry, fp_process_definition,"
            + " fp_process_instance, fp_process_variable, fp_projection_progress");
    assertThat(deployment.audit().lost()).isNotEmpty();

    rebuildAndAwaitEveryEventRepublished();

    ViewAudit.Result audit = Faults.awaitConsistent(deployment);
    assertThat(audit.engineTasks()).isPositive();
  }

  @Test
  void events_re_sent_to_a_whole_view_change_nothing() {
    deployment.awaitVisible(deployment.newOrderTask(ORDERS));
    Faults.awaitConsistent(deployment);

    rebuildAndAwaitEveryEventRepublished();

    ViewAudit.Result audit = deployment.audit();
    assertThat(audit.consistent()).as(audit.toString()).isTrue();
  }

  /**
   * Requests a rebuild and waits until each application's outbox confirmed its whole store once
   * more and the platform has consumed it (a task started afterwards is visible: the view queue is
   * consumed in order).
   */
  private static void rebuildAndAwaitEveryEventRepublished() {
    Map<String, Double> publishedBefore = new LinkedHashMap<>();
    for (String application : List.of(ORDERS, INVOICES)) {
      publishedBefore.put(application, published(application));
    }

    JsonNode request = deployment.tasklist(ADMIN).requestViewRebuild();
    assertThat(request.path("requestId").asText()).isNotBlank();
    assertThat(request.path("routed").asBoolean()).as("an application's queue got it").isTrue();

    publishedBefore.forEach(
        (application, before) -> {
          long stored = deployment.storedEvents(application);
          await().atMost(Faults.CONVERGENCE).until(() -> published(application) - before >= stored);
        });
    deployment.awaitVisible(deployment.newOrderTask(ORDERS));
  }

  private static double published(String application) {
    ApplicationProcess process = deployment.application(application);
    return deployment.metric(process, PUBLISHED);
  }
}
