package io.flowpool.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.rest.support.ApiClient;
import io.flowpool.adapter.rest.support.ApiClient.Response;
import io.flowpool.adapter.rest.support.RecordingTaskInteractionGateway;
import io.flowpool.adapter.rest.support.TasklistSamples;
import io.flowpool.adapter.rest.support.TasklistTestApplication;
import io.flowpool.adapter.rest.support.TestView;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    classes = TasklistTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskActionEndpointsTest {

  @LocalServerPort int port;
  @Autowired TestView view;
  @Autowired RecordingTaskInteractionGateway owners;

  ApiClient alice;

  @BeforeEach
  void tasklist() {
    view.reset();
    owners.reset();
    TasklistSamples.invoicesAndSales(view);
    alice = ApiClient.as(port, "alice");
  }

  @Test
  void claim_is_accepted_with_204_and_the_command_carries_the_caller() {
    Response response = alice.post("/api/tasks/inv-1/claim", null);

    assertThat(response.status()).isEqualTo(204);
    assertThat(owners.sent()).hasSize(1);
    assertThat(owners.sent().get(0).command())
        .isEqualTo(new ClaimTaskCommand("inv-1", "alice", null));
    assertThat(owners.sent().get(0).owner().applicationName()).isEqualTo("order-application");
  }

  @Test
  void the_version_parameter_becomes_the_expected_version() {
    alice.post("/api/tasks/inv-1/claim", null, "version", "7");

    assertThat(owners.sent().get(0).command())
        .isEqualTo(new ClaimTaskCommand("inv-1", "alice", 7L));
  }

  @Test
  void complete_sends_the_json_object_as_the_payload_of_the_caller() {
    Response response =
        alice.post(
            "/api/tasks/inv-2/complete",
            "{\"approved\": true, \"comment\": \"ok\", \"lines\": [1, 2.5], \"nested\": {\"a\": null}}",
            "version",
            "0");

    assertThat(response.status()).isEqualTo(204);
    MarkTaskToBeCompletedCommand command =
        (MarkTaskToBeCompletedCommand) owners.sent().get(0).command();
    assertThat(command.assignee()).isEqualTo("alice");
    assertThat(command.expectedVersion()).isZero();
    Map<String, Object> nested = new java.util.LinkedHashMap<>();
    nested.put("a", null);
    assertThat(command.payload())
        .isEqualTo(
            Payload.of(
                Map.of(
                    "approved",
                    true,
                    "comment",
                    "ok",
                    "lines",
                    List.of(1, 2.5),
                    "nested",
                    nested)));
  }

  @Test
  void complete_without_a_body_completes_with_an_empty_payload() {
    assertThat(alice.post("/api/tasks/inv-2/complete", null).status()).isEqualTo(204);
    assertThat(((MarkTaskToBeCompletedCommand) owners.sent().get(0).command()).payload())
        .isEqualTo(Payload.empty());
  }

  @Test
  void complete_with_a_body_that_is_no_json_object_is_a_400_problem() {
    Response array = alice.post("/api/tasks/inv-2/complete", "[1, 2]");
    Response broken = alice.post("/api/tasks/inv-2/complete", "{\"approved\": ");

    assertThat(array.status()).isEqualTo(400);
    assertThat(array.contentType()).startsWith("application/problem+json");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(owners.sent()).isEmpty();
  }

  @Test
  void defer_sends_the_follow_up_date() {
    Response response =
        alice.post("/api/tasks/inv-1/defer", "{\"followUpDate\": \"2030-01-01T10:00:00Z\"}");

    assertThat(response.status()).isEqualTo(204);
    assertThat(owners.sent().get(0).command())
        .isEqualTo(new DeferTaskCommand("inv-1", Instant.parse("2030-01-01T10:00:00Z"), null));
  }

  @Test
  void defer_without_a_valid_follow_up_date_is_a_400_problem() {
    assertThat(alice.post("/api/tasks/inv-1/defer", "{}").status()).isEqualTo(400);
    assertThat(alice.post("/api/tasks/inv-1/defer", "{\"followUpDate\": \"soon\"}").status())
        .isEqualTo(400);
    assertThat(alice.post("/api/tasks/inv-1/defer", null).status()).isEqualTo(400);
    assertThat(owners.sent()).isEmpty();
  }

  @Test
  void unclaim_and_undefer_are_accepted() {
    assertThat(alice.post("/api/tasks/inv-2/unclaim", null).status()).isEqualTo(204);
    assertThat(alice.post("/api/tasks/inv-2/undefer", null, "version", "3").status())
        .isEqualTo(204);

    assertThat(owners.sent())
        .extracting(RecordingTaskInteractionGateway.Sent::command)
        .containsExactly(
            new UnclaimTaskCommand("inv-2", null), new UndeferTaskCommand("inv-2", 3L));
  }

  @Test
  void a_refusal_because_the_task_changed_is_a_409_problem_with_the_reason() {
    owners.refuseWith("TASK_CHANGED");

    Response response = alice.post("/api/tasks/inv-1/claim", null, "version", "0");

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("reason").asText()).isEqualTo("TASK_CHANGED");
    assertThat(response.json().get("status").asInt()).isEqualTo(409);
  }

  @Test
  void refusals_for_completed_deleted_or_gone_tasks_are_409_with_their_reason() {
    for (String reason : List.of("TASK_COMPLETED", "TASK_DELETED", "TASK_GONE", "TASK_SUSPENDED")) {
      owners.refuseWith(reason);

      Response response = alice.post("/api/tasks/inv-1/complete", "{}");

      assertThat(response.status()).as(reason).isEqualTo(409);
      assertThat(response.json().get("reason").asText()).isEqualTo(reason);
    }
  }

  @Test
  void an_action_on_a_task_the_caller_may_not_see_is_404_and_reaches_no_owner() {
    Response invisible = alice.post("/api/tasks/sal-1/claim", null);
    Response missing = alice.post("/api/tasks/nope/claim", null);

    assertThat(invisible.status()).isEqualTo(404);
    assertThat(invisible.json().get("reason").asText()).isEqualTo("TASK_NOT_FOUND");
    assertThat(invisible.body().replace("sal-1", "ID"))
        .isEqualTo(missing.body().replace("nope", "ID"));
    Response read = alice.get("/api/tasks/sal-1");
    assertThat(invisible.json().get("detail")).isEqualTo(read.json().get("detail"));
    assertThat(invisible.json().get("reason")).isEqualTo(read.json().get("reason"));
    assertThat(owners.sent()).isEmpty();
  }

  @Test
  void a_version_that_is_no_number_is_a_400_problem() {
    Response response = alice.post("/api/tasks/inv-1/claim", null, "version", "latest");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(owners.sent()).isEmpty();
  }
}
