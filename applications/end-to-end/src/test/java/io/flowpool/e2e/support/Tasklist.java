package io.flowpool.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.e2e.support.Http.Answer;
import java.util.Map;
import java.util.Optional;

/** The process platform's tasklist API, as one signed-in user. */
public final class Tasklist {

  private final Http http;

  public Tasklist(String baseUrl, String user, String password) {
    this.http = Http.anonymous(baseUrl).as(user, password);
  }

  /** The task as the user sees it, or empty (404: missing or not visible). */
  public Optional<JsonNode> task(String taskId) {
    Answer answer = http.get("/api/tasks/" + taskId);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(answer.requireSuccess("task " + taskId).body());
  }

  public Answer claim(String taskId) {
    return http.post("/api/tasks/" + taskId + "/claim", Map.of());
  }

  public Answer complete(String taskId, Map<String, Object> payload, Long version) {
    return http.post(
        "/api/tasks/" + taskId + "/complete" + (version == null ? "" : "?version=" + version),
        payload);
  }

  /** Lists the platform's dead letters (admin). */
  public JsonNode deadLetters() {
    return http.get("/actuator/flowpool-dead-letters").requireSuccess("dead letters").body();
  }

  /** Asks every process application to re-publish its event store (admin); returns the request. */
  public JsonNode requestViewRebuild() {
    return http.post("/actuator/flowpool-view-rebuild", Map.of())
        .requireSuccess("view rebuild request")
        .body();
  }

  /** Re-drives every dead letter (admin). */
  public void redriveDeadLetters() {
    http.post("/actuator/flowpool-dead-letters", Map.of()).requireSuccess("re-drive");
  }
}
