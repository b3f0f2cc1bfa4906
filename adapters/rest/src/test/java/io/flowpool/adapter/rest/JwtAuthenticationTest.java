package io.flowpool.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.adapter.rest.support.ApiClient;
import io.flowpool.adapter.rest.support.ApiClient.Response;
import io.flowpool.adapter.rest.support.LocalJwtIssuer;
import io.flowpool.adapter.rest.support.SseClient;
import io.flowpool.adapter.rest.support.TasklistSamples;
import io.flowpool.adapter.rest.support.TasklistTestApplication;
import io.flowpool.adapter.rest.support.TestView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@SpringBootTest(
    classes = {TasklistTestApplication.class, JwtAuthenticationTest.LocalIssuer.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "flowpool.security.mode=jwt")
class JwtAuthenticationTest {

  /** The resource server trusts only the test's own issuer. */
  @TestConfiguration(proxyBeanMethods = false)
  static class LocalIssuer {

    @Bean
    LocalJwtIssuer localJwtIssuer() {
      return new LocalJwtIssuer();
    }

    @Bean
    JwtDecoder jwtDecoder(LocalJwtIssuer issuer) {
      return issuer.decoder();
    }
  }

  @LocalServerPort int port;
  @Autowired TestView view;
  @Autowired LocalJwtIssuer issuer;

  @BeforeEach
  void tasklist() {
    view.reset();
    TasklistSamples.invoicesAndSales(view);
  }

  @Test
  void the_user_and_the_groups_come_from_the_tokens_claims() {
    String alice =
        issuer.token(
            Map.of("sub", "a-1", "preferred_username", "alice", "groups", List.of("accounting")));

    JsonNode me = ApiClient.bearer(port, alice).get("/api/me").json();

    assertThat(me.get("username").asText()).isEqualTo("alice");
    assertThat(me.get("groups")).extracting(JsonNode::asText).containsExactly("accounting");
    assertThat(taskIds(alice)).containsExactlyInAnyOrder("inv-1", "inv-2", "inv-3");
  }

  @Test
  void without_a_username_claim_the_subject_is_the_user_and_no_groups_means_no_group_tasks() {
    String dave = issuer.token(Map.of("sub", "dave"));

    assertThat(ApiClient.bearer(port, dave).get("/api/me").json().get("username").asText())
        .isEqualTo("dave");
    assertThat(taskIds(dave)).isEmpty();
  }

  @Test
  void actions_carry_the_user_of_the_token() {
    String alice = issuer.token(Map.of("preferred_username", "alice", "groups", "accounting"));

    assertThat(ApiClient.bearer(port, alice).post("/api/tasks/inv-1/claim", null).status())
        .isEqualTo(204);
    assertThat(ApiClient.bearer(port, alice).post("/api/tasks/sal-1/claim", null).status())
        .isEqualTo(404);
  }

  @Test
  void a_token_from_another_issuer_is_401_with_a_bearer_challenge() {
    String forged = new LocalJwtIssuer().token(Map.of("preferred_username", "alice"));

    Response response = ApiClient.bearer(port, forged).get("/api/tasks");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.challenge()).startsWith("Bearer");
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void without_a_token_or_with_basic_credentials_the_api_is_401() {
    assertThat(ApiClient.anonymous(port).get("/api/tasks").challenge()).startsWith("Bearer");
    assertThat(ApiClient.as(port, "alice").get("/api/tasks").status()).isEqualTo(401);
  }

  @Test
  void the_admin_group_from_the_token_opens_the_process_instances() {
    String ada = issuer.token(Map.of("preferred_username", "ada", "groups", List.of("admin")));
    String alice = issuer.token(Map.of("preferred_username", "alice"));

    assertThat(ApiClient.bearer(port, ada).get("/api/process-instances").status()).isEqualTo(200);
    assertThat(ApiClient.bearer(port, alice).get("/api/process-instances").status()).isEqualTo(403);
  }

  @Test
  void a_stream_takes_the_token_as_query_parameter_since_event_source_sends_no_headers() {
    String alice =
        issuer.token(Map.of("preferred_username", "alice", "groups", List.of("accounting")));
    ApiClient anonymous = ApiClient.anonymous(port);

    try (SseClient stream = anonymous.stream("/api/tasks/stream", "access_token", alice)) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.next(Duration.ofSeconds(5)).data().get("total").asLong()).isEqualTo(3);
    }
    assertThat(anonymous.get("/api/tasks", "access_token", alice).status()).isEqualTo(401);
  }

  @Test
  void the_openapi_document_names_the_bearer_scheme() {
    JsonNode document = ApiClient.anonymous(port).get("/v3/api-docs").json();

    assertThat(document.at("/components/securitySchemes/bearer/bearerFormat").asText())
        .isEqualTo("JWT");
  }

  private List<String> taskIds(String token) {
    List<String> ids = new ArrayList<>();
    ApiClient.bearer(port, token)
        .get("/api/tasks")
        .json()
        .get("items")
        .forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }
}
