package io.flowpool.adapter.axon.it;

import static io.flowpool.taskpool.testing.TaskSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.TaskSamples.createTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.adapter.axon.eventstore.CommitNotifyingEventStore;
import io.flowpool.common.testing.PostgresTestDatabase;
import io.flowpool.datapool.port.in.SendDataEntryUseCase;
import io.flowpool.datapool.testing.DataEntrySamples;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.model.EngineTaskGoneException;
import io.flowpool.taskpool.model.TaskAlreadyCompletedException;
import io.flowpool.taskpool.model.TaskNotFoundException;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import io.flowpool.taskpool.testing.ProcessSamples;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The adapter in a Spring Boot application on a fresh PostgreSQL database: Flyway creates the event
 * store, Hibernate validates it, and domain commands dispatched through Axon land in it, in the
 * caller's transaction.
 */
class AxonEventStoreIT {

  private static PostgresTestDatabase database;
  private static ConfigurableApplicationContext context;

  private static TaskpoolCommandDispatcher dispatcher;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate transaction;
  private static RecordingEngineClient engineClient;

  @BeforeAll
  static void startApplication() {
    database = PostgresTestDatabase.create("flowpool_axon_it");
    context =
        new SpringApplicationBuilder(AxonTestApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.jpa.hibernate.ddl-auto=validate",
                // a location without the event store's scripts: the adapter adds its own
                "spring.flyway.locations=classpath:db/it-has-no-scripts",
                "spring.main.banner-mode=off")
            .run();
    dispatcher = context.getBean(TaskpoolCommandDispatcher.class);
    jdbc = context.getBean(JdbcTemplate.class);
    transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    engineClient = context.getBean(RecordingEngineClient.class);
  }

  @AfterAll
  static void stopApplication() {
    if (context != null) {
      context.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void streaming_processors_hear_of_events_when_the_callers_transaction_commits() {
    EventStore store = context.getBean(EventStore.class);
    assertThat(store).isInstanceOf(CommitNotifyingEventStore.class);
    try (BlockingStream<TrackedEventMessage<?>> stream =
        store.openStream(store.createHeadToken())) {
      assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse(); // at the head
      String taskId = newTaskId();

      transaction.executeWithoutResult(
          status -> {
            dispatcher.dispatch(createTask(taskId));
            // the engine's own work after the hand-over (its flush) keeps the transaction open
            pause(300);
          });

      // Woken before the database commit, the stream would find nothing and sleep for Axon's
      // fetch delay of a second; woken after it, it has the event at once.
      assertThat(stream.hasNextAvailable(600, TimeUnit.MILLISECONDS)).isTrue();
      assertThat(stream.nextAvailable().getPayload()).isInstanceOf(TaskCreatedEvent.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String newTaskId() {
    return "task-" + UUID.randomUUID();
  }

  private static List<Map<String, Object>> eventsOf(String aggregateId) {
    return jdbc.queryForList(
        "select * from domain_event_entry where aggregate_identifier = ? order by sequence_number",
        aggregateId);
  }

  @Test
  void flyway_creates_the_event_store_from_the_adapters_location() {
    assertThat(
            jdbc.queryForList(
                "select script from flyway_schema_history where success", String.class))
        .contains("V1_0_0__axon_event_store.sql");
  }

  @Test
  void binary_columns_are_bytea_not_large_objects() {
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "select table_name, column_name, data_type from information_schema.columns"
                + " where column_name in ('payload', 'meta_data', 'token', 'serialized_saga',"
                + " 'diagnostics')");

    assertThat(columns)
        .extracting(column -> column.get("table_name") + "." + column.get("column_name"))
        .containsExactlyInAnyOrder(
            "domain_event_entry.payload",
            "domain_event_entry.meta_data",
            "snapshot_event_entry.payload",
            "snapshot_event_entry.meta_data",
            "token_entry.token",
            "saga_entry.serialized_saga",
            "dead_letter_entry.payload",
            "dead_letter_entry.meta_data",
            "dead_letter_entry.token",
            "dead_letter_entry.diagnostics");
    assertThat(columns).extracting(column -> column.get("data_type")).containsOnly("bytea");
  }

  @Test
  void global_index_sequence_steps_by_one() {
    assertThat(
            jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename ="
                    + " 'domain_event_entry_seq'",
                Long.class))
        .isEqualTo(1L);
  }

  @Test
  void hibernate_takes_the_global_index_from_the_sequence_one_by_one() {
    SequenceStyleGenerator generator =
        (SequenceStyleGenerator)
            context
                .getBean(EntityManagerFactory.class)
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(DomainEventEntry.class)
                .getGenerator();

    assertThat(generator.getDatabaseStructure().getPhysicalName().render())
        .isEqualTo("domain_event_entry_seq");
    assertThat(generator.getDatabaseStructure().getIncrementSize()).isEqualTo(1);
  }

  @Test
  void dispatched_create_stores_the_created_event_as_json_with_its_revision() {
    String taskId = newTaskId();

    dispatcher.dispatch(createTask(taskId));

    List<Map<String, Object>> events = eventsOf(taskId);
    assertThat(events).hasSize(1);
    Map<String, Object> created = events.get(0);
    assertThat(created)
        .containsEntry("type", "Task")
        .containsEntry("sequence_number", 0L)
        .containsEntry("payload_type", TaskCreatedEvent.class.getName())
        .containsEntry("payload_revision", "1");
    assertThat(new String((byte[]) created.get("payload"), StandardCharsets.UTF_8))
        .startsWith("{\"taskId\":\"" + taskId + "\"")
        .contains("\"createTime\":\"2026-03-02T09:15:00Z\"");
  }

  @Test
  void consecutive_events_take_consecutive_global_indexes() {
    List<String> taskIds = List.of(newTaskId(), newTaskId(), newTaskId());

    taskIds.forEach(taskId -> dispatcher.dispatch(createTask(taskId)));

    List<Long> indexes =
        taskIds.stream().map(taskId -> (Long) eventsOf(taskId).get(0).get("global_index")).toList();
    assertThat(indexes.get(1) - indexes.get(0)).isEqualTo(1L);
    assertThat(indexes.get(2) - indexes.get(1)).isEqualTo(1L);
  }

  @Test
  void events_commit_with_the_callers_transaction() {
    String taskId = newTaskId();

    transaction.executeWithoutResult(status -> dispatcher.dispatch(createTask(taskId)));

    assertThat(eventsOf(taskId)).hasSize(1);
  }

  @Test
  void rollback_of_the_callers_transaction_leaves_no_event() {
    String taskId = newTaskId();

    transaction.executeWithoutResult(
        status -> {
          dispatcher.dispatch(createTask(taskId));
          status.setRollbackOnly();
        });

    assertThat(eventsOf(taskId)).isEmpty();
  }

  @Test
  void claim_of_an_unknown_task_is_refused_with_the_domain_exception() {
    String taskId = newTaskId();

    assertThatThrownBy(() -> dispatcher.dispatch(new ClaimTaskCommand(taskId, "kermit", null)))
        .isInstanceOfSatisfying(
            TaskNotFoundException.class,
            refused -> assertThat(refused.reason()).isEqualTo(TaskNotFoundException.REASON));
    assertThat(eventsOf(taskId)).isEmpty();
  }

  @Test
  void claim_of_a_completed_task_is_refused_with_its_reason() {
    String taskId = newTaskId();
    dispatcher.dispatch(createTask(taskId));
    dispatcher.dispatch(new CompleteTaskCommand(taskId, null));

    assertThatThrownBy(() -> dispatcher.dispatch(new ClaimTaskCommand(taskId, "kermit", null)))
        .isInstanceOfSatisfying(
            TaskAlreadyCompletedException.class,
            refused -> assertThat(refused.reason()).isEqualTo("TASK_COMPLETED"));
    assertThat(eventsOf(taskId)).hasSize(2);
  }

  @Test
  void accepted_claim_is_handed_to_the_engine_client() {
    String taskId = newTaskId();
    dispatcher.dispatch(createTask(taskId));

    dispatcher.dispatch(new ClaimTaskCommand(taskId, "kermit", null));

    assertThat(engineClient.applied())
        .contains(new TaskClaimedEvent(taskId, SOURCE_REFERENCE, "kermit"));
    assertThat(eventsOf(taskId)).hasSize(2);
  }

  @Test
  void what_the_engine_reports_when_an_accepted_claim_commits_is_stored_after_the_claim() {
    String taskId = newTaskId();
    dispatcher.dispatch(createTask(taskId));
    engineClient.reportAtCommit(
        claimed -> dispatcher.dispatch(new AssignTaskCommand(claimed.taskId(), "kermit")));
    try {
      // no transaction of the caller's: the command gets one that outlives Axon's unit of work
      dispatcher.dispatch(new ClaimTaskCommand(taskId, "kermit", null));
    } finally {
      engineClient.reportAtCommit(null);
    }

    assertThat(eventsOf(taskId))
        .extracting(event -> event.get("payload_type"))
        .containsExactly(
            TaskCreatedEvent.class.getName(),
            TaskClaimedEvent.class.getName(),
            TaskAssignedEvent.class.getName());
  }

  @Test
  void engine_refusal_fails_the_claim_and_rolls_its_event_back() {
    String taskId = newTaskId();
    dispatcher.dispatch(createTask(taskId));
    engineClient.loseTask(taskId);

    assertThatThrownBy(() -> dispatcher.dispatch(new ClaimTaskCommand(taskId, "kermit", null)))
        .isInstanceOfSatisfying(
            EngineTaskGoneException.class,
            refused -> assertThat(refused.reason()).isEqualTo("TASK_GONE"));
    assertThat(eventsOf(taskId)).hasSize(1);
  }

  @Test
  void process_definitions_are_stored_under_their_id() {
    dispatcher.dispatch(ProcessSamples.registerOrderProcess());

    assertThat(eventsOf(ProcessSamples.DEFINITION_ID))
        .singleElement()
        .satisfies(event -> assertThat(event).containsEntry("type", "ProcessDefinition"));
  }

  @Test
  void data_entries_sent_by_business_code_are_stored_under_type_and_id() {
    context.getBean(SendDataEntryUseCase.class).createOrUpdate(DataEntrySamples.received());

    assertThat(eventsOf(DataEntrySamples.AGGREGATE_ID))
        .singleElement()
        .satisfies(event -> assertThat(event).containsEntry("type", "DataEntry"));
  }
}
