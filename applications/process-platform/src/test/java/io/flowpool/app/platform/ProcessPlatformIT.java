package io.flowpool.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.flowpool.adapter.amqp.testing.EventMessages;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.flowpool.adapter.amqp.testing.TestTopology;
import io.flowpool.common.testing.PostgresTestDatabase;
import io.flowpool.view.testing.ViewSamples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The packaged platform's context on a database and topology of its own: events published as a
 * process application's outbox publishes them become tasks in its API, an action goes out over
 * RabbitMQ and comes back refused when no engine of that name listens, and health covers the broker
 * and the database. (Two real process applications: applications/end-to-end.)
 */
@SpringBootTest(
    classes = ProcessPlatformApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.profiles.active=test",
      "flowpool.security.users.kermit.password={noop}kermit",
      "flowpool.security.users.kermit.groups=sales",
      "flowpool.security.users.gonzo.password={noop}gonzo",
      "flowpool.security.users.gonzo.groups=accounting",
      "flowpool.security.users.root.password={noop}root",
      // not the default group name: health details follow flowpool.security.admin-group
      "flowpool.security.admin-group=operators",
      "flowpool.security.users.root.groups=operators",
      "flowpool.amqp.engine-commands.reply-timeout=3s"
    })
class ProcessPlatformIT {

  private static final PostgresTestDatabase DATABASE =
      PostgresTestDatabase.create("flowpool_platform_it");
  private static final TestTopology TOPOLOGY = TestTopology.random(3);
  private static final String ENGINE_COMMANDS = RabbitTestBroker.uniqueName("test.engine-commands");

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    List<String> properties = new ArrayList<>(RabbitTestBroker.springProperties());
    properties.addAll(TOPOLOGY.properties());
    properties.add("flowpool.amqp.engine-commands.exchange=" + ENGINE_COMMANDS);
    properties.add("spring.datasource.url=" + DATABASE.jdbcUrl());
    properties.add("spring.datasource.username=" + DATABASE.username());
    properties.add("spring.datasource.password=" + DATABASE.password());
    for (String property : properties) {
      int at = property.indexOf('=');
      registry.add(property.substring(0, at), () -> property.substring(at + 1));
    }
  }

  @AfterAll
  static void dropTopology() {
    CachingConnectionFactory factory = RabbitTestBroker.connectionFactory();
    try {
      TOPOLOGY.delete(factory);
      new RabbitAdmin(factory).deleteExchange(ENGINE_COMMANDS);
    } finally {
      factory.destroy();
    }
  }

  @AfterAll
  static void dropDatabase() {
    DATABASE.close();
  }

  @Test
  void a_published_task_is_listed_for_its_candidate_group_and_hidden_from_others() {
    String taskId = UUID.randomUUID().toString();
    publish(taskId, ViewSamples.task(taskId).candidateGroups("sales").created());

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tasksOf("kermit").getBody().toString().contains(taskId));
    assertThat(tasksOf("gonzo").getBody().toString()).doesNotContain(taskId);
    assertThat(
            http.withBasicAuth("gonzo", "gonzo")
                .getForEntity("/api/tasks/" + taskId, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void the_platform_connections_run_without_jit_compilation_and_with_16MB_work_mem() {
    // PostgreSQL's defaults are on and 4MB; the pool's connection-init-sql sets both
    assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
    assertThat(jdbc.queryForObject("SHOW work_mem", String.class)).isEqualTo("16MB");
  }

  @Test
  void a_claim_for_an_application_nobody_runs_is_refused_with_its_reason() {
    String taskId = UUID.randomUUID().toString();
    publish(taskId, ViewSamples.task(taskId).candidateGroups("sales").created());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tasksOf("kermit").getBody().toString().contains(taskId));

    ResponseEntity<Map<String, Object>> answer =
        http.withBasicAuth("kermit", "kermit")
            .exchange(
                "/api/tasks/" + taskId + "/claim",
                HttpMethod.POST,
                HttpEntity.EMPTY,
                new ParameterizedTypeReference<>() {});

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody()).containsEntry("reason", "ENGINE_UNKNOWN");
  }

  @Test
  void health_reports_the_broker_and_the_database_and_details_only_to_admins() {
    ResponseEntity<Map<String, Object>> admin =
        http.withBasicAuth("root", "root")
            .exchange(
                "/actuator/health",
                HttpMethod.GET,
                HttpEntity.EMPTY,
                new ParameterizedTypeReference<>() {});
    ResponseEntity<Map<String, Object>> anonymous =
        http.exchange(
            "/actuator/health",
            HttpMethod.GET,
            HttpEntity.EMPTY,
            new ParameterizedTypeReference<>() {});

    assertThat(admin.getBody()).containsEntry("status", "UP");
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) admin.getBody().get("components");
    assertThat(components).containsKeys("rabbit", "db");
    assertThat(anonymous.getBody()).containsEntry("status", "UP").doesNotContainKey("components");
    assertThat(
            http.withBasicAuth("kermit", "kermit")
                .getForEntity("/actuator/flowpool-dead-letters", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<Map<String, Object>> tasksOf(String user) {
    return http.withBasicAuth(user, user)
        .exchange(
            "/api/tasks", HttpMethod.GET, HttpEntity.EMPTY, new ParameterizedTypeReference<>() {});
  }

  private void publish(String taskId, Object event) {
    CachingConnectionFactory factory = RabbitTestBroker.connectionFactory();
    try {
      new RabbitTemplate(factory)
          .invoke(
              channel -> {
                channel.send(
                    TOPOLOGY.topology().eventsExchange(),
                    EventMessages.taskRoutingKey(),
                    EventMessages.toAmqp(EventMessages.taskEvent(taskId, 0, event)));
                channel.waitForConfirmsOrDie(10_000);
                return null;
              });
    } finally {
      factory.destroy();
    }
  }
}
