package io.flowpool.adapter.rest;

import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.flowpool.adapter.rest.support.ApiClient;
import io.flowpool.adapter.rest.support.ApiClient.Response;
import io.flowpool.adapter.rest.support.SseClient;
import io.flowpool.adapter.rest.support.SseClient.Event;
import io.flowpool.adapter.rest.support.TasklistSamples;
import io.flowpool.adapter.rest.support.TasklistTestApplication;
import io.flowpool.adapter.rest.support.TestView;
import io.flowpool.view.testing.ViewSamples;
import io.flowpool.view.usecase.ViewSubscriptionService;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    classes = TasklistTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "flowpool.rest.stream-timeout=4s")
class TaskStreamEndpointTest {

  static final Duration WAIT = Duration.ofSeconds(5);

  @LocalServerPort int port;
  @Autowired TestView view;
  @Autowired ViewSubscriptionService subscriptions;

  ApiClient alice;

  @BeforeEach
  void tasklist() {
    view.reset();
    TasklistSamples.invoicesAndSales(view);
    alice = ApiClient.as(port, "alice");
    await().atMost(WAIT).until(() -> subscriptions.subscriptionCount() == 0);
  }

  @Test
  void the_stream_sends_the_initial_page_then_updates_and_removals() {
    try (SseClient stream = alice.stream("/api/tasks/stream", "sort", "+priority")) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.contentType()).startsWith("text/event-stream");

      Event initial = stream.next(WAIT);
      assertThat(initial.name()).isEqualTo("initial");
      assertThat(initial.data().get("total").asLong()).isEqualTo(3);
      assertThat(initial.data().at("/items/0/id").asText()).isEqualTo("inv-2");

      view.emit(ViewSamples.assigned("inv-1", "alice"));
      Event update = stream.next(WAIT);
      assertThat(update.name()).isEqualTo("update");
      assertThat(update.data().get("id").asText()).isEqualTo("inv-1");
      assertThat(update.data().get("assignee").asText()).isEqualTo("alice");
      assertThat(update.data().get("version").asLong()).isEqualTo(1);

      view.emit(ViewSamples.completed("inv-1"));
      Event removed = stream.next(WAIT);
      assertThat(removed.name()).isEqualTo("removed");
      assertThat(removed.data().get("id").asText()).isEqualTo("inv-1");
    }
  }

  @Test
  void the_stream_honours_authorization_and_filters() throws InterruptedException {
    try (SseClient stream = alice.stream("/api/tasks/stream", "filter", "amount>1000")) {
      assertThat(stream.next(WAIT).data().get("total").asLong()).isEqualTo(2);

      view.emit(task("sal-2").candidateGroups("sales").payload("amount", 9999).created());
      view.emit(task("inv-4").candidateGroups("accounting").payload("amount", 10).created());
      assertThat(stream.quietFor(Duration.ofMillis(500))).isTrue();

      view.emit(task("inv-5").candidateGroups("accounting").payload("amount", 2000).created());
      assertThat(stream.next(WAIT).data().get("id").asText()).isEqualTo("inv-5");
    }
  }

  @Test
  void with_data_entries_updates_carry_the_correlated_entries() {
    try (SseClient stream =
        alice.stream("/api/tasks/stream", "withDataEntries", "true", "filter", "task.id=inv-1")) {
      assertThat(stream.next(WAIT).data().at("/items/0/dataEntries/0/entryId").asText())
          .isEqualTo("I-1");

      view.emit(
          ViewSamples.dataEntry("invoice", "I-1")
              .name("Invoice I-1, revised")
              .authorizeGroups("accounting")
              .updated());

      Event update = stream.next(WAIT);
      assertThat(update.name()).isEqualTo("update");
      assertThat(update.data().at("/dataEntries/0/name").asText())
          .isEqualTo("Invoice I-1, revised");
    }
  }

  @Test
  void a_malformed_filter_is_refused_before_the_stream_opens() {
    Response response = alice.get("/api/tasks/stream", "filter", "amount");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).contains("invalid filter");
    try (SseClient eventSource = alice.stream("/api/tasks/stream", "sort", "-colour")) {
      assertThat(eventSource.status()).isEqualTo(400);
    }
    assertThat(subscriptions.subscriptionCount()).isZero();
  }

  @Test
  void the_subscription_ends_when_the_stream_times_out() {
    try (SseClient stream = alice.stream("/api/tasks/stream")) {
      stream.next(WAIT);
      assertThat(subscriptions.subscriptionCount()).isEqualTo(1);

      await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions.subscriptionCount() == 0);
    }
  }

  @Test
  void a_stream_needs_a_signed_in_user() {
    assertThat(ApiClient.anonymous(port).get("/api/tasks/stream").status()).isEqualTo(401);
  }
}
