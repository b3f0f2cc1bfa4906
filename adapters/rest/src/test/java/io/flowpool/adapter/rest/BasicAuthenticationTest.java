package io.flowpool.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.adapter.rest.support.ApiClient;
import io.flowpool.adapter.rest.support.ApiClient.Response;
import io.flowpool.adapter.rest.support.TasklistSamples;
import io.flowpool.adapter.rest.support.TasklistTestApplication;
import io.flowpool.adapter.rest.support.TestView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    classes = TasklistTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BasicAuthenticationTest {

  @LocalServerPort int port;
  @Autowired TestView view;

  @BeforeEach
  void tasklist() {
    view.reset();
    TasklistSamples.invoicesAndSales(view);
  }

  @Test
  void each_configured_user_sees_the_tasks_of_their_groups() {
    assertThat(taskIds("alice")).containsExactlyInAnyOrder("inv-1", "inv-2", "inv-3");
    assertThat(taskIds("bob")).containsExactly("sal-1");
    assertThat(taskIds("dave")).isEmpty();
  }

  @Test
  void the_caller_learns_their_name_and_groups() {
    JsonNode me = ApiClient.as(port, "bob").get("/api/me").json();

    assertThat(me.get("username").asText()).isEqualTo("bob");
    assertThat(me.get("groups"))
        .extracting(JsonNode::asText)
        .containsExactly("accounting-readers", "sales");
  }

  @Test
  void without_credentials_the_api_answers_401_with_a_basic_challenge_and_a_problem() {
    Response response = ApiClient.anonymous(port).get("/api/tasks");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.challenge()).startsWith("Basic");
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void a_wrong_password_or_an_unknown_user_is_401() {
    assertThat(ApiClient.basic(port, "alice", "guess").get("/api/tasks").status()).isEqualTo(401);
    assertThat(ApiClient.basic(port, "mallory", "x").get("/api/tasks").status()).isEqualTo(401);
    assertThat(ApiClient.basic(port, "alice", "alice-secret").get("/api/tasks").status())
        .isEqualTo(200);
  }

  @Test
  void actions_need_a_signed_in_user_and_no_csrf_token() {
    assertThat(ApiClient.anonymous(port).post("/api/tasks/inv-1/claim", null).status())
        .isEqualTo(401);
    assertThat(ApiClient.as(port, "alice").post("/api/tasks/inv-1/claim", null).status())
        .isEqualTo(204);
  }

  @Test
  void the_openapi_document_is_public_and_lists_the_endpoints() {
    Response response = ApiClient.anonymous(port).get("/v3/api-docs");
    JsonNode document = response.json();

    assertThat(response.status()).isEqualTo(200);
    assertThat(document.get("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/tasks",
            "/api/tasks/{id}",
            "/api/tasks/{id}/claim",
            "/api/tasks/{id}/unclaim",
            "/api/tasks/{id}/complete",
            "/api/tasks/{id}/defer",
            "/api/tasks/{id}/undefer",
            "/api/tasks/stream",
            "/api/task-attributes",
            "/api/task-attributes/{name}/values",
            "/api/data-entries",
            "/api/data-entries/{entryType}",
            "/api/data-entries/{entryType}/{entryId}",
            "/api/data-entries/stream",
            "/api/process-definitions",
            "/api/process-instances",
            "/api/process-instances/{id}/variables",
            "/api/me");
    assertThat(parameterNames(document.at("/paths/~1api~1tasks/get/parameters")))
        .containsExactly(
            "page",
            "size",
            "sort",
            "filter",
            "assignedToMe",
            "involvementsOnly",
            "withDataEntries");
    assertThat(document.at("/paths/~1api~1tasks~1{id}~1defer/post/requestBody").isMissingNode())
        .isFalse();
    assertThat(document.at("/components/schemas/Task/properties").fieldNames())
        .toIterable()
        .contains("id", "sourceReference", "payload", "correlations", "version");
    assertThat(document.at("/components/schemas").has("SseEmitter")).isFalse();
    assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
  }

  @Test
  void the_swagger_ui_and_the_static_tasklist_page_are_public() {
    ApiClient anonymous = ApiClient.anonymous(port);

    assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
    Response page = anonymous.get("/index.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("tasklist.js");
    assertThat(anonymous.get("/").body()).contains("<title>Flowpool tasklist</title>");
    Response script = anonymous.get("/tasklist.js");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body()).contains("new EventSource", "api/tasks/stream");
  }

  private List<String> taskIds(String user) {
    List<String> ids = new ArrayList<>();
    ApiClient.as(port, user)
        .get("/api/tasks")
        .json()
        .get("items")
        .forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  private static List<String> parameterNames(JsonNode parameters) {
    List<String> names = new ArrayList<>();
    parameters.forEach(parameter -> names.add(parameter.get("name").asText()));
    return names;
  }
}
