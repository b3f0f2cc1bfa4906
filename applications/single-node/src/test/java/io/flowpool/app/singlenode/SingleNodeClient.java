package io.flowpool.app.singlenode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HTTP calls to a running single node as one of its demo users (HTTP Basic, the user's name as
 * password), with JSON bodies.
 */
final class SingleNodeClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SingleNodeProcess node;
  private final HttpClient http = HttpClient.newHttpClient();

  SingleNodeClient(SingleNodeProcess node) {
    this.node = node;
  }

  /** The answer's JSON body (a null node if empty), after checking its status. */
  JsonNode send(String user, String method, String path, String body, int expected)
      throws Exception {
    HttpResponse<String> response =
        http.send(request(user, method, path, body).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("%s %s as %s: %s (log: %s)", method, path, user, response.body(), node.log())
        .isEqualTo(expected);
    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  int status(String user, String method, String path, String body) throws Exception {
    return http.send(
            request(user, method, path, body).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** The one task of the instance that the user's task list shows, or null. */
  JsonNode onlyTaskOf(String user, String instanceId) throws Exception {
    for (JsonNode task : send(user, "GET", "/api/tasks?size=100", null, 200).get("items")) {
      if (instanceId.equals(task.path("sourceReference").path("instanceId").asText())) {
        return task;
      }
    }
    return null;
  }

  /** The lines of a Server-Sent Events stream, collected as they arrive. */
  List<String> follow(String user, String path) {
    List<String> lines = new CopyOnWriteArrayList<>();
    http.sendAsync(
            request(user, "GET", path, null).header("Accept", "text/event-stream").build(),
            HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> response.body().forEach(lines::add));
    return lines;
  }

  private HttpRequest.Builder request(String user, String method, String path, String body) {
    String credentials =
        Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(node.uri(path))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json")
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
  }
}
