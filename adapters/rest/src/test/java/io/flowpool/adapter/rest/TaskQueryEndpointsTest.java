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
class TaskQueryEndpointsTest {

  @LocalServerPort int port;
  @Autowired TestView view;

  ApiClient alice;

  @BeforeEach
  void tasklist() {
    view.reset();
    TasklistSamples.invoicesAndSales(view);
    alice = ApiClient.as(port, "alice");
  }

  @Test
  void lists_the_callers_tasks_newest_first_with_page_size_and_total() {
    JsonNode page = alice.get("/api/tasks", "page", "0", "size", "2").json();

    assertThat(ids(page)).containsExactly("inv-3", "inv-2");
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(ids(alice.get("/api/tasks", "page", "1", "size", "2").json()))
        .containsExactly("inv-1");
  }

  @Test
  void sort_entries_reach_the_query_in_order() {
    assertThat(ids(alice.get("/api/tasks", "sort", "-priority").json()))
        .containsExactly("inv-1", "inv-3", "inv-2");
    assertThat(ids(alice.get("/api/tasks", "sort", "payload.customer.name").json()))
        .containsExactly("inv-1", "inv-3", "inv-2");
  }

  @Test
  void an_unencoded_plus_in_a_sort_still_means_ascending() {
    // a raw query string: the + arrives as a space
    Response response = alice.get("/api/tasks?sort=+priority");

    assertThat(response.status()).isEqualTo(200);
    assertThat(ids(response.json())).containsExactly("inv-2", "inv-3", "inv-1");
  }

  @Test
  void filters_reach_the_query_repeated_names_or_different_names_and() {
    JsonNode acmeOrGlobex =
        alice
            .get(
                "/api/tasks",
                "filter",
                "customer.name%acme",
                "filter",
                "customer.name=Globex",
                "sort",
                "+priority")
            .json();
    JsonNode acmeAbove2000 =
        alice.get("/api/tasks", "filter", "customer.name%acme", "filter", "amount>2000").json();

    assertThat(ids(acmeOrGlobex)).containsExactly("inv-2", "inv-3", "inv-1");
    assertThat(ids(acmeAbove2000)).containsExactly("inv-3");
    assertThat(ids(alice.get("/api/tasks", "filter", "task.name%approve").json()))
        .containsExactly("inv-1");
  }

  @Test
  void assigned_to_me_lists_only_the_callers_own_tasks() {
    assertThat(ids(alice.get("/api/tasks", "assignedToMe", "true").json()))
        .containsExactly("inv-2");
  }

  @Test
  void with_data_entries_each_task_carries_its_correlated_entries() {
    JsonNode page =
        alice.get("/api/tasks", "withDataEntries", "true", "filter", "task.id=inv-1").json();
    JsonNode task = page.get("items").get(0);

    assertThat(task.get("dataEntries")).hasSize(1);
    assertThat(task.at("/dataEntries/0/entryId").asText()).isEqualTo("I-1");
    assertThat(task.at("/dataEntries/0/payload/total").asInt()).isEqualTo(1200);
    assertThat(alice.get("/api/tasks").json().get("items").get(0).has("dataEntries")).isFalse();
  }

  @Test
  void data_filters_apply_to_the_correlated_entries() {
    JsonNode page =
        alice
            .get("/api/tasks", "withDataEntries", "true", "filter", "data.name=Invoice I-1")
            .json();

    assertThat(ids(page)).containsExactly("inv-1");
  }

  @Test
  void a_task_reads_with_the_contracts_field_names_and_plain_payload() {
    Response response = alice.get("/api/tasks/inv-1");
    JsonNode task = response.json();

    assertThat(response.status()).isEqualTo(200);
    assertThat(task.get("id").asText()).isEqualTo("inv-1");
    assertThat(task.get("name").asText()).isEqualTo("Approve invoice");
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("approve-order");
    assertThat(task.get("formKey").asText()).isEqualTo("form-approve");
    assertThat(task.get("candidateGroups"))
        .extracting(JsonNode::asText)
        .containsExactly("accounting");
    assertThat(task.get("priority").asInt()).isEqualTo(80);
    assertThat(task.get("createTime").asText()).isEqualTo("2026-03-02T09:15:00Z");
    assertThat(task.get("dueDate").asText()).isEqualTo("2026-03-03T09:15:00Z");
    assertThat(task.at("/payload/amount").asInt()).isEqualTo(1200);
    assertThat(task.at("/payload/customer/name").asText()).isEqualTo("Acme");
    assertThat(task.at("/correlations/invoice").asText()).isEqualTo("I-1");
    assertThat(task.at("/sourceReference/applicationName").asText()).isEqualTo("order-application");
    assertThat(task.at("/sourceReference/instanceId").asText()).isEqualTo("instance-1");
    assertThat(task.get("processName").asText()).isEqualTo("Order process");
    assertThat(task.get("applicationName").asText()).isEqualTo("order-application");
    assertThat(task.get("version").asLong()).isZero();
    assertThat(task.has("assignee")).isTrue();
    assertThat(task.has("dataEntries")).isFalse();
  }

  @Test
  void a_task_the_caller_may_not_see_is_404_exactly_like_one_that_does_not_exist() {
    Response invisible = alice.get("/api/tasks/sal-1");
    Response missing = alice.get("/api/tasks/nope");

    assertThat(invisible.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(invisible.contentType()).startsWith("application/problem+json");
    assertThat(invisible.body().replace("sal-1", "ID"))
        .isEqualTo(missing.body().replace("nope", "ID"));
    assertThat(invisible.json().get("reason").asText()).isEqualTo("TASK_NOT_FOUND");
    assertThat(alice.get("/api/tasks/sal-1", "withDataEntries", "true").status()).isEqualTo(404);
  }

  @Test
  void a_malformed_filter_is_a_400_problem_that_says_what_is_wrong() {
    Response response = alice.get("/api/tasks", "filter", "amount");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(400);
    assertThat(response.json().get("detail").asText()).contains("invalid filter 'amount'");
  }

  @Test
  void an_unknown_sort_field_is_a_400_problem() {
    Response response = alice.get("/api/tasks", "sort", "-colour");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("detail").asText()).contains("colour");
  }

  @Test
  void a_bad_page_is_a_400_problem() {
    assertThat(alice.get("/api/tasks", "size", "0").status()).isEqualTo(400);
    assertThat(alice.get("/api/tasks", "size", "100000").status()).isEqualTo(400);
    assertThat(alice.get("/api/tasks", "page", "-1").json().get("detail").asText())
        .contains("page");
    Response notANumber = alice.get("/api/tasks", "page", "first");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.contentType()).startsWith("application/problem+json");
  }

  @Test
  void attribute_names_and_values_come_from_the_callers_tasks_only() {
    JsonNode names = alice.get("/api/task-attributes").json();
    JsonNode values = alice.get("/api/task-attributes/customer.name/values").json();

    assertThat(names).extracting(JsonNode::asText).containsExactly("amount", "customer.name");
    assertThat(values).extracting(JsonNode::asText).containsExactly("Acme", "Acme Corp", "Globex");
    assertThat(alice.get("/api/task-attributes/customer.name/values", "limit", "0").status())
        .isEqualTo(400);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }
}
