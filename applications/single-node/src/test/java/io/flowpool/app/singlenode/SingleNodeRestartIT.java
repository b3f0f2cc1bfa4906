package io.flowpool.app.singlenode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stops the packaged single node as a user does (Ctrl-C, a service manager's SIGTERM), with a
 * browser following the task list, and starts it again on the same folder: it stops in seconds,
 * with no error or warning, and its embedded database still holds the task list and the engine's
 * state.
 */
class SingleNodeRestartIT {

  private static final Duration VIEW_LAG = Duration.ofSeconds(30);

  /**
   * A clean stop takes a few seconds. The database stopped under the engine made it minutes; an
   * open live stream held it for the web server's shutdown timeout, 30 s.
   */
  private static final Duration CLEAN_STOP = Duration.ofSeconds(20);

  private SingleNodeProcess node;

  @AfterEach
  void stopIt() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void a_stopped_single_node_stops_cleanly_and_starts_again_with_its_tasks() throws Exception {
    node = SingleNodeProcess.start();
    SingleNodeClient client = new SingleNodeClient(node);
    String instanceId =
        client
            .send(
                "alice",
                "POST",
                "/engine-rest/process-definition/key/invoice-approval/start",
                "{\"businessKey\":\"INV-2002\"}",
                200)
            .get("id")
            .asText();
    JsonNode review =
        await()
            .atMost(VIEW_LAG)
            .until(() -> client.onlyTaskOf("alice", instanceId), task -> task != null);

    List<String> aliceStream = client.follow("alice", "/api/tasks/stream");
    await()
        .atMost(VIEW_LAG)
        .until(() -> String.join("\n", aliceStream).contains(review.get("id").asText()));

    assertThat(node.stop()).isLessThan(CLEAN_STOP);
    List<String> shutdown = linesFrom(node, "Commencing graceful shutdown");
    assertThat(shutdown).as("the log of the stop, %s", node.log()).isNotEmpty();
    assertThat(shutdown)
        .as("errors or warnings while stopping, %s", node.log())
        .noneMatch(line -> line.contains(" ERROR ") || line.contains(" WARN "));

    node = SingleNodeProcess.start(node.work());
    SingleNodeClient restarted = new SingleNodeClient(node);
    String taskId = review.get("id").asText();
    assertThat(
            restarted.send("alice", "GET", "/api/tasks/" + taskId, null, 200).get("name").asText())
        .isEqualTo("Review invoice");
    assertThat(
            restarted.status(
                "alice",
                "POST",
                "/api/tasks/" + taskId + "/complete",
                "{\"approved\":true,\"comment\":\"after a restart\"}"))
        .isEqualTo(204);
    JsonNode approval =
        await()
            .atMost(VIEW_LAG)
            .until(() -> restarted.onlyTaskOf("bob", instanceId), task -> task != null);
    assertThat(approval.get("name").asText()).isEqualTo("Approve invoice");
  }

  /** The lines of the node's log from the first that contains the text on, or none. */
  private static List<String> linesFrom(SingleNodeProcess node, String text) throws Exception {
    List<String> lines = Files.readAllLines(node.log());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return lines.subList(i, lines.size());
      }
    }
    return List.of();
  }
}
