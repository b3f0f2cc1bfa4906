package io.flowpool.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.adapter.rest.support.ApiClient;
import io.flowpool.adapter.rest.support.ApiClient.Response;
import io.flowpool.adapter.rest.support.SseClient;
import io.flowpool.adapter.rest.support.TasklistSamples;
import io.flowpool.adapter.rest.support.TasklistTestApplication;
import io.flowpool.adapter.rest.support.TestView;
import io.flowpool.view.testing.ViewSamples;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    classes = TasklistTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataEntryAndProcessEndpointsTest {

  @LocalServerPort int port;
  @Autowired TestView view;

  ApiClient alice;
  ApiClient ada;

  @BeforeEach
  void tasklist() {
    view.reset();
    TasklistSamples.invoicesAndSales(view);
    TasklistSamples.processes(view);
    alice = ApiClient.as(port, "alice");
    ada = ApiClient.as(port, "ada");
  }

  @Test
  void data_entries_are_those_the_caller_is_authorized_for_without_protocol() {
    JsonNode page = alice.get("/api/data-entries").json();

    assertThat(page.get("total").asLong()).isEqualTo(1);
    JsonNode entry = page.at("/items/0");
    assertThat(entry.get("entryType").asText()).isEqualTo("invoice");
    assertThat(entry.get("entryId").asText()).isEqualTo("I-1");
    assertThat(entry.at("/payload/total").asInt()).isEqualTo(1200);
    assertThat(entry.at("/state/processingType").asText()).isEqualTo("IN_PROGRESS");
    assertThat(entry.at("/state/state").asText()).isEqualTo("In review");
    assertThat(entry.has("protocol")).isFalse();
  }

  @Test
  void data_entry_lists_take_filters_sort_paging_and_a_type() {
    assertThat(
            alice
                .get("/api/data-entries", "filter", "data.name=nothing")
                .json()
                .get("total")
                .asLong())
        .isZero();
    assertThat(alice.get("/api/data-entries/invoice", "sort", "-name").json().get("total").asLong())
        .isEqualTo(1);
    assertThat(alice.get("/api/data-entries/order").json().get("total").asLong()).isZero();
    assertThat(
            alice.get("/api/data-entries", "involvementsOnly", "true").json().get("total").asLong())
        .isEqualTo(1);
    assertThat(alice.get("/api/data-entries", "sort", "-colour").status()).isEqualTo(400);
  }

  @Test
  void one_data_entry_reads_with_its_protocol() {
    JsonNode entry = alice.get("/api/data-entries/invoice/I-1").json();

    assertThat(entry.get("protocol")).hasSize(1);
    assertThat(entry.at("/protocol/0/username").asText()).isEqualTo("alice");
    assertThat(entry.at("/protocol/0/log").asText()).isEqualTo("created");
    assertThat(entry.at("/protocol/0/time").asText()).isEqualTo("2026-03-02T09:15:00Z");
  }

  @Test
  void a_data_entry_the_caller_may_not_see_is_404_exactly_like_one_that_does_not_exist() {
    Response invisible = alice.get("/api/data-entries/invoice/I-2");
    Response missing = alice.get("/api/data-entries/invoice/I-9");

    assertThat(invisible.status()).isEqualTo(404);
    assertThat(invisible.contentType()).startsWith("application/problem+json");
    assertThat(invisible.body().replace("I-2", "ID"))
        .isEqualTo(missing.body().replace("I-9", "ID"));
  }

  @Test
  void the_data_entry_stream_sends_the_initial_page_and_updates() {
    try (SseClient stream = alice.stream("/api/data-entries/stream")) {
      assertThat(stream.next(Duration.ofSeconds(5)).data().get("total").asLong()).isEqualTo(1);

      view.emit(
          ViewSamples.dataEntry("invoice", "I-3").authorizeUsers("alice").created(),
          ViewSamples.dataEntry("invoice", "I-3").deleted());

      SseClient.Event update = stream.next(Duration.ofSeconds(5));
      SseClient.Event removed = stream.next(Duration.ofSeconds(5));
      assertThat(update.name()).isEqualTo("update");
      assertThat(update.data().get("entryId").asText()).isEqualTo("I-3");
      assertThat(removed.name()).isEqualTo("removed");
      assertThat(removed.data().get("entryId").asText()).isEqualTo("I-3");
      assertThat(removed.data().get("entryType").asText()).isEqualTo("invoice");
    }
  }

  @Test
  void process_definitions_are_those_the_caller_may_start() {
    JsonNode definitions = alice.get("/api/process-definitions").json();

    assertThat(definitions).hasSize(1);
    assertThat(definitions.at("/0/processDefinitionKey").asText()).isEqualTo("invoice");
    assertThat(definitions.at("/0/processDefinitionVersion").asInt()).isEqualTo(1);
    assertThat(definitions.at("/0/formKey").asText()).isEqualTo("start-invoice");
    assertThat(ApiClient.as(port, "dave").get("/api/process-definitions").json()).isEmpty();
  }

  @Test
  void process_instances_and_variables_are_for_the_admin_group_only() {
    Response forbidden = alice.get("/api/process-instances");

    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.contentType()).startsWith("application/problem+json");
    assertThat(alice.get("/api/process-instances/pi-1/variables").status()).isEqualTo(403);
  }

  @Test
  void process_instances_are_listed_by_state() {
    JsonNode running = ada.get("/api/process-instances").json();
    JsonNode finished = ada.get("/api/process-instances", "state", "FINISHED").json();

    assertThat(running.get("total").asLong()).isEqualTo(1);
    assertThat(running.at("/items/0/processInstanceId").asText()).isEqualTo("pi-1");
    assertThat(running.at("/items/0/businessKey").asText()).isEqualTo("B-1");
    assertThat(running.at("/items/0/state").asText()).isEqualTo("RUNNING");
    assertThat(running.at("/items/0/sourceReference/name").asText()).isEqualTo("Invoice");
    assertThat(finished.get("total").asLong()).isZero();
    assertThat(ada.get("/api/process-instances", "state", "DANCING").status()).isEqualTo(400);
  }

  @Test
  void process_variables_are_json_values_by_name() {
    JsonNode all = ada.get("/api/process-instances/pi-1/variables").json();
    JsonNode some = ada.get("/api/process-instances/pi-1/variables", "name", "customer").json();

    assertThat(all).extracting(v -> v.get("name").asText()).containsExactly("amount", "customer");
    assertThat(all.at("/0/value").asInt()).isEqualTo(1200);
    assertThat(all.at("/1/value/name").asText()).isEqualTo("Acme");
    assertThat(some).hasSize(1);
    assertThat(ada.get("/api/process-instances/pi-9/variables").json()).isEmpty();
  }
}
