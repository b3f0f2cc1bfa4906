package io.flowpool.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.e2e.support.Http.Answer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A process application's Camunda REST API ({@code /engine-rest}), as standard tools use it. */
public final class EngineRest {

  private final Http http;

  public EngineRest(String baseUrl) {
    this.http = Http.anonymous(baseUrl + "/engine-rest");
  }

  /** Starts the example's order-approval process; returns the process instance id. */
  public String startOrder(String orderId, int amount) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("orderId", Map.of("value", orderId));
    variables.put("customer", Map.of("value", "Customer of " + orderId));
    variables.put("amount", Map.of("value", amount, "type", "Integer"));
    return http.post(
            "/process-definition/key/order-approval/start",
            Map.of("businessKey", orderId, "variables", variables))
        .requireSuccess("start of order " + orderId)
        .body()
        .get("id")
        .asText();
  }

  /** Starts an instance of any deployed process without variables; returns its id. */
  public String start(String processKey, String businessKey) {
    return http.post(
            "/process-definition/key/" + processKey + "/start", Map.of("businessKey", businessKey))
        .requireSuccess("start of " + processKey)
        .body()
        .get("id")
        .asText();
  }

  /** The id of the one open task of a process instance. */
  public String taskOf(String processInstanceId) {
    JsonNode tasks =
        http.get("/task?processInstanceId=" + processInstanceId)
            .requireSuccess("task query")
            .body();
    if (tasks.size() != 1) {
      throw new IllegalStateException(
          "expected one task of " + processInstanceId + ", found " + tasks);
    }
    return tasks.get(0).get("id").asText();
  }

  /** Completes a task directly in the engine; the answer tells whether the engine committed. */
  public Answer complete(String taskId) {
    return http.post("/task/" + taskId + "/complete", Map.of("variables", Map.of()));
  }

  /** Claims a task directly in the engine. */
  public void claim(String taskId, String userId) {
    http.post("/task/" + taskId + "/claim", Map.of("userId", userId))
        .requireSuccess("claim of " + taskId);
  }

  public void deleteInstance(String processInstanceId) {
    http.delete("/process-instance/" + processInstanceId).requireSuccess("instance deletion");
  }

  /** Deploys one BPMN model (multipart, as the Camunda Modeler does). */
  public void deploy(String fileName, String bpmn) {
    String boundary = "flowpool-" + UUID.randomUUID();
    String body =
        part(boundary, "deployment-name", null, "e2e")
            + part(boundary, "deploy-changed-only", null, "true")
            + part(boundary, "data", fileName, bpmn)
            + "--"
            + boundary
            + "--\r\n";
    http.post(
            "/deployment/create",
            "multipart/form-data; boundary=" + boundary,
            body.getBytes(StandardCharsets.UTF_8))
        .requireSuccess("deployment of " + fileName);
  }

  private static String part(String boundary, String name, String fileName, String content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
        + "\r\n\r\n"
        + content
        + "\r\n";
  }
}
