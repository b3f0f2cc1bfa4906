package io.flowpool.app.singlenode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks the README's tour against the packaged single node started with {@code java -jar} on its
 * embedded database: start an invoice approval, see the review task as alice (accounting) but not
 * as bob (management), claim and complete it through the API, watch it leave the view while the
 * instance moves on to bob's approval, and see the live stream report both the creation and the
 * removal.
 */
class SingleNodeWalkthroughIT {

  private static final Duration VIEW_LAG = Duration.ofSeconds(30);

  private static SingleNodeProcess node;
  private static SingleNodeClient client;

  @BeforeAll
  static void startTheSingleNode() throws Exception {
    node = SingleNodeProcess.start();
    client = new SingleNodeClient(node);
  }

  @AfterAll
  static void stopIt() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void a_user_claims_and_completes_a_task_of_their_group_and_the_instance_moves_on()
      throws Exception {
    List<String> aliceStream = client.follow("alice", "/api/tasks/stream");

    JsonNode instance =
        client.send(
            "alice",
            "POST",
            "/engine-rest/process-definition/key/invoice-approval/start",
            "{\"businessKey\":\"INV-1001\",\"variables\":{\"supplier\":{\"value\":\"ACME\"},"
                + "\"amount\":{\"value\":1200,\"type\":\"Long\"}}}",
            200);
    String instanceId = instance.get("id").asText();

    JsonNode review =
        await()
            .atMost(VIEW_LAG)
            .until(() -> client.onlyTaskOf("alice", instanceId), task -> task != null);
    assertThat(review.get("name").asText()).isEqualTo("Review invoice");
    assertThat(review.get("candidateGroups"))
        .extracting(JsonNode::asText)
        .containsExactly("accounting");
    assertThat(review.get("businessKey").asText()).isEqualTo("INV-1001");
    assertThat(review.get("payload").get("supplier").asText()).isEqualTo("ACME");
    String taskId = review.get("id").asText();

    assertThat(client.status("bob", "GET", "/api/tasks/" + taskId, null)).isEqualTo(404);
    assertThat(client.status("dave", "POST", "/api/tasks/" + taskId + "/claim", null))
        .isEqualTo(404);
    assertThat(client.status("alice", "GET", "/api/tasks/" + taskId, null)).isEqualTo(200);

    assertThat(client.status("alice", "POST", "/api/tasks/" + taskId + "/claim", null))
        .isEqualTo(204);
    await()
        .atMost(VIEW_LAG)
        .until(
            () ->
                "alice"
                    .equals(
                        client
                            .send("alice", "GET", "/api/tasks/" + taskId, null, 200)
                            .path("assignee")
                            .asText()));

    assertThat(
            client.status(
                "alice",
                "POST",
                "/api/tasks/" + taskId + "/complete",
                "{\"approved\":true,\"comment\":\"matches the order\"}"))
        .isEqualTo(204);

    await()
        .atMost(VIEW_LAG)
        .until(() -> client.status("alice", "GET", "/api/tasks/" + taskId, null) == 404);
    JsonNode camundaTasks =
        client.send("bob", "GET", "/engine-rest/task?processInstanceId=" + instanceId, null, 200);
    assertThat(camundaTasks).hasSize(1);
    assertThat(camundaTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("approve-invoice");
    JsonNode approval =
        await()
            .atMost(VIEW_LAG)
            .until(() -> client.onlyTaskOf("bob", instanceId), task -> task != null);
    assertThat(approval.get("name").asText()).isEqualTo("Approve invoice");
    assertThat(client.onlyTaskOf("alice", instanceId)).isNull();

    await()
        .atMost(VIEW_LAG)
        .untilAsserted(
            () ->
                assertThat(String.join("\n", aliceStream))
                    .contains("event:update")
                    .contains(taskId)
                    .contains("event:removed"));
    int created = firstLineIndex(aliceStream, "event:update");
    int removed = firstLineIndex(aliceStream, "event:removed");
    assertThat(removed).as("removal after creation in %s", aliceStream).isGreaterThan(created);
  }

  @Test
  void models_with_groovy_and_javascript_scripts_and_a_dmn_decision_run() throws Exception {
    JsonNode instance =
        client.send(
            "carol",
            "POST",
            "/engine-rest/process-definition/key/expense-claim/start",
            "{\"variables\":{\"employee\":{\"value\":\"Carol\"},"
                + "\"amount\":{\"value\":1500.5,\"type\":\"Double\"}}}",
            200);
    String instanceId = instance.get("id").asText();

    JsonNode variables =
        client.send(
            "carol",
            "GET",
            "/engine-rest/process-instance/" + instanceId + "/variables",
            null,
            200);
    assertThat(variables.get("amountInCents").get("value").asLong()).isEqualTo(150050L);
    assertThat(variables.get("label").get("value").asText()).isEqualTo("Expense of Carol");
    assertThat(variables.get("approverGroup").get("value").asText()).isEqualTo("management");

    JsonNode approval =
        await()
            .atMost(VIEW_LAG)
            .until(() -> client.onlyTaskOf("bob", instanceId), task -> task != null);
    assertThat(approval.get("name").asText()).isEqualTo("Approve expense claim");
    assertThat(client.onlyTaskOf("alice", instanceId)).isNull();
  }

  private static int firstLineIndex(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
