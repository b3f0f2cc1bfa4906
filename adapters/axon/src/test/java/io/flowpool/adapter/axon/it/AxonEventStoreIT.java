package io.flowpool.adapter.axon.it;

import static io.flowpool.taskpool.testing.TaskSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.TaskSamples.createTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flowpool.adapter.axon.eventstore.CommitNotifyingEventStore;
import io.flowpool.adapter.axon.eventstore.SnapshotFreeJpaEventStorageEngine;
import io.flowpool.common.testing.PostgresTestDatabase;
import io.flowpool.datapool.port.in.SendDataEntryUseCase;
import io.flowpool.datapool.testing.DataEntrySamples;
import io.flowpool.taskpool.api.process.ProcessInstanceStartedEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.model.EngineTaskGoneException;
import io.flowpool.taskpool.model.TaskAlreadyCompletedException;
import io.flowpool.taskpool.model.TaskNotFoundException;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import io.flowpool.taskpool.testing.ProcessSamples;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.Registration;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration;
import org.hibernate.engine.spi.ActionQueue;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.Generator;
import org.hibernate.id.IdentityGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
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
  void hibernate_leaves_the_global_index_to_the_column_default_and_its_sequence() {
    Generator generator =
        context
            .getBean(EntityManagerFactory.class)
            .unwrap(SessionFactoryImplementor.class)
            .getMappingMetamodel()
            .getEntityDescriptor(DomainEventEntry.class)
            .getGenerator();
    // generated by the insert itself: Hibernate leaves the column out and reads the key back
    assertThat(generator).isInstanceOf(IdentityGenerator.class);
    assertThat(generator.generatedOnExecution()).isTrue();
    List<String> taskIds = List.of(newTaskId(), newTaskId(), newTaskId());

    transaction.executeWithoutResult(
        status -> taskIds.forEach(taskId -> dispatcher.dispatch(createTask(taskId))));

    List<Long> indexes =
        taskIds.stream().map(taskId -> (Long) eventsOf(taskId).get(0).get("global_index")).toList();
    assertThat(indexes.get(1) - indexes.get(0)).isEqualTo(1L);
    assertThat(indexes.get(2) - indexes.get(1)).isEqualTo(1L);
    assertThat(jdbc.queryForObject("select last_value from domain_event_entry_seq", Long.class))
        .isEqualTo(indexes.get(2));
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
  void commands_of_one_instance_dispatched_in_order_are_one_axon_command_storing_all_events() {
    List<String> dispatched = new CopyOnWriteArrayList<>();
    Registration recording =
        context
            .getBean(CommandBus.class)
            .registerDispatchInterceptor(
                messages ->
                    (index, message) -> {
                      dispatched.add(message.getPayloadType().getSimpleName());
                      return message;
                    });
    try {
      dispatcher.dispatchInOrder(
          List.of(
              ProcessSamples.start(),
              ProcessSamples.changeVariables(ProcessSamples.created("amount", 12.5))));
    } finally {
      recording.cancel();
    }

    assertThat(dispatched).containsExactly("ProcessInstanceCommandBatch");
    assertThat(eventsOf(ProcessSamples.INSTANCE_ID))
        .extracting(event -> event.get("sequence_number"), event -> event.get("payload_type"))
        .containsExactly(
            tuple(0L, ProcessInstanceStartedEvent.class.getName()),
            tuple(1L, ProcessVariablesChangedEvent.class.getName()));
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

  @Test
  void an_event_the_serializer_refuses_fails_with_the_serializers_exception_and_stores_nothing() {
    String aggregateId = "probe-" + UUID.randomUUID();
    List<DomainEventMessage<?>> events =
        List.of(
            probeEvents(aggregateId, 0, 1).get(0),
            new GenericDomainEventMessage<>("Probe", aggregateId, 1, new Unwritable()));

    assertThatThrownBy(() -> context.getBean(EventStorageEngine.class).appendEvents(events))
        .isInstanceOf(SerializationException.class)
        .hasRootCauseMessage("no value");
    assertThat(eventsOf(aggregateId)).isEmpty();
  }

  @Test
  void axons_message_timeouts_are_off() {
    assertThat(context.getBeanNamesForType(AxonTimeoutAutoConfiguration.class)).isEmpty();
  }

  // Reading an aggregate's events (SnapshotFreeJpaEventStorageEngine's JDBC read)

  @Test
  void the_event_store_reads_aggregates_with_the_adapters_engine() {
    assertThat(context.getBean(EventStorageEngine.class))
        .isInstanceOf(SnapshotFreeJpaEventStorageEngine.class);
  }

  @Test
  void an_aggregates_events_are_read_in_order_from_a_given_sequence_number_as_axon_reads_them() {
    String taskId = newTaskId();
    dispatcher.dispatch(createTask(taskId));
    dispatcher.dispatch(new ClaimTaskCommand(taskId, "kermit", null));
    dispatcher.dispatch(new AssignTaskCommand(taskId, "piggy"));
    dispatcher.dispatch(new CompleteTaskCommand(taskId, null));
    List<StoredEvent> stored = eventsOf(taskId).stream().map(StoredEvent::of).toList();
    assertThat(stored).extracting(StoredEvent::sequence).containsExactly(0L, 1L, 2L, 3L);

    List<StoredEvent> read = StoredEvent.all(jdbcReads().read(taskId, 1, 100));

    assertThat(read).isEqualTo(stored.subList(1, 4));
    assertThat(read).isEqualTo(StoredEvent.all(jpqlReads().read(taskId, 1, 100)));
    // at most a batch
    assertThat(StoredEvent.all(jdbcReads().read(taskId, 1, 2))).isEqualTo(stored.subList(1, 3));
    assertThat(jdbcReads().read(taskId, 4, 100)).isEmpty();
    // the application's engine, deserialized
    assertThat(context.getBean(EventStorageEngine.class).readEvents(taskId, 1).asStream())
        .extracting(DomainEventMessage::getSequenceNumber, DomainEventMessage::getPayloadType)
        .containsExactly(
            tuple(1L, TaskClaimedEvent.class),
            tuple(2L, TaskAssignedEvent.class),
            tuple(3L, TaskCompletedEvent.class));
  }

  @Test
  void events_without_type_or_revision_read_as_axon_reads_them() {
    String aggregateId = "probe-" + UUID.randomUUID();
    jdbc.update(
        "insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " values (?, ?, 0, null, '2026-03-02T09:15:00.123Z', 'java.lang.String', null, ?,"
            + " ?)",
        UUID.randomUUID().toString(),
        aggregateId,
        "\"payload\"".getBytes(StandardCharsets.UTF_8),
        "{}".getBytes(StandardCharsets.UTF_8));

    List<StoredEvent> read = StoredEvent.all(jdbcReads().read(aggregateId, 0, 100));

    assertThat(read).isEqualTo(StoredEvent.all(jpqlReads().read(aggregateId, 0, 100)));
    assertThat(read)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isNull();
              assertThat(event.revision()).isNull();
              assertThat(event.payload()).isEqualTo("\"payload\"");
              assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-03-02T09:15:00.123Z"));
            });
  }

  @Test
  void an_aggregate_read_in_batches_comes_whole_and_in_order() {
    String aggregateId = "probe-" + UUID.randomUUID();
    EventStorageEngine engine = context.getBean(EventStorageEngine.class);
    engine.appendEvents(probeEvents(aggregateId, 0, 5));

    JdbcReads smallBatches = jdbcReads(builder -> builder.batchSize(2));

    assertThat(smallBatches.readEvents(aggregateId).asStream())
        .extracting(DomainEventMessage::getSequenceNumber, DomainEventMessage::getPayload)
        .containsExactly(
            tuple(0L, "event-0"),
            tuple(1L, "event-1"),
            tuple(2L, "event-2"),
            tuple(3L, "event-3"),
            tuple(4L, "event-4"));
    assertThat(smallBatches.readEvents(aggregateId, 3).asStream())
        .extracting(DomainEventMessage::getSequenceNumber)
        .containsExactly(3L, 4L);
  }

  @Test
  void a_missing_aggregate_reads_nothing() {
    String aggregateId = "missing-" + UUID.randomUUID();

    assertThat(jdbcReads().read(aggregateId, 0, 100)).isEmpty();
    assertThat(context.getBean(EventStorageEngine.class).readEvents(aggregateId).hasNext())
        .isFalse();
  }

  @Test
  void events_appended_in_a_transaction_are_read_later_in_it() {
    String taskId = newTaskId();
    String aggregateId = "probe-" + UUID.randomUUID();
    JdbcReads withoutExplicitFlush = jdbcReads(builder -> builder.explicitFlush(false));

    transaction.executeWithoutResult(
        status -> {
          dispatcher.dispatch(createTask(taskId));
          // loads the task from the store: refused as unknown unless its creation is read
          dispatcher.dispatch(new ClaimTaskCommand(taskId, "kermit", null));
          assertThat(jdbcReads().read(taskId, 0, 100))
              .extracting(DomainEventData::getSequenceNumber)
              .containsExactly(0L, 1L);

          // without Axon's flush after appending: the inserts are not left to a later flush
          withoutExplicitFlush.appendEvents(probeEvents(aggregateId, 0, 2));
          assertThat(withoutExplicitFlush.read(aggregateId, 0, 100))
              .extracting(DomainEventData::getSequenceNumber)
              .containsExactly(0L, 1L);
          status.setRollbackOnly();
        });

    assertThat(eventsOf(taskId)).isEmpty();
    assertThat(eventsOf(aggregateId)).isEmpty();
  }

  @Test
  void pending_changes_to_the_event_table_are_flushed_before_the_read_as_for_axons_query() {
    String aggregateId = "probe-" + UUID.randomUUID();
    context.getBean(EventStorageEngine.class).appendEvents(probeEvents(aggregateId, 0, 3));
    EntityManagerProvider entityManagerProvider = context.getBean(EntityManagerProvider.class);

    for (EventReads reads : List.of(jdbcReads(), jpqlReads())) {
      transaction.executeWithoutResult(
          status -> {
            EntityManager entityManager = entityManagerProvider.getEntityManager();
            removeWithoutFlush(entityManager, aggregateId, 1);
            ActionQueue pending = entityManager.unwrap(SessionImplementor.class).getActionQueue();
            assertThat(pending.numberOfDeletions()).isEqualTo(1); // not flushed yet

            assertThat(reads.read(aggregateId, 0, 100))
                .extracting(DomainEventData::getSequenceNumber)
                .containsExactly(0L, 2L);
            assertThat(pending.numberOfDeletions()).isZero();
            status.setRollbackOnly();
          });
    }
    assertThat(eventsOf(aggregateId)).hasSize(3);
  }

  @Test
  void tracked_events_after_a_token_with_gaps_are_read_as_axon_reads_them() {
    String taskId = newTaskId();
    dispatcher.dispatch(createTask(taskId));
    long first =
        eventsOf(taskId).stream()
            .mapToLong(row -> (Long) row.get("global_index"))
            .min()
            .orElseThrow();
    dispatcher.dispatch(new ClaimTaskCommand(taskId, "kermit", null));
    dispatcher.dispatch(new AssignTaskCommand(taskId, "piggy"));
    dispatcher.dispatch(new CompleteTaskCommand(taskId, null));
    // seen up to the claim, with the creation still a gap
    TrackingToken token = GapAwareTrackingToken.newInstance(first + 1, List.of(first));

    List<String> jdbcRead = tracked(jdbcReads(), token);
    List<String> jpqlRead = tracked(jpqlReads(), token);

    assertThat(jdbcRead).isEqualTo(jpqlRead);
    assertThat(jdbcRead.subList(0, 3))
        .extracting(read -> read.substring(read.indexOf(' ') + 1))
        .containsExactly(
            "TaskCreatedEvent 0 " + taskId,
            "TaskAssignedEvent 2 " + taskId,
            "TaskCompletedEvent 3 " + taskId);
    assertThat(tracked(jdbcReads(), null)).isEqualTo(tracked(jpqlReads(), null));
    TrackingToken noGaps = GapAwareTrackingToken.newInstance(first, List.of());
    assertThat(tracked(jdbcReads(), noGaps))
        .isEqualTo(tracked(jpqlReads(), noGaps))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  /**
   * Every tracked event after the token: index, payload class, and sequence and aggregate if any.
   */
  private static List<String> tracked(JpaEventStorageEngine engine, TrackingToken token) {
    try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(token, false)) {
      return events
          .map(
              event ->
                  ((GapAwareTrackingToken) event.trackingToken()).getIndex()
                      + " "
                      + event.getPayloadType().getSimpleName()
                      + (event instanceof DomainEventMessage<?> domain
                          ? " " + domain.getSequenceNumber() + " " + domain.getAggregateIdentifier()
                          : ""))
          .toList();
    }
  }

  // Appending events (SnapshotFreeJpaEventStorageEngine's JDBC batch)

  private static final Instant PROBE_TIME = Instant.parse("2026-03-02T09:15:00.123456789Z");

  @Test
  void the_events_of_a_unit_of_work_are_inserted_with_one_batch_as_axons_engine_stores_them() {
    String aggregateId = "probe-" + UUID.randomUUID();
    List<EventMessage<?>> events =
        List.of(
            new GenericDomainEventMessage<>(
                "Probe",
                aggregateId,
                0,
                "event-0",
                MetaData.with("probe", "yes"),
                UUID.randomUUID().toString(),
                PROBE_TIME),
            new GenericDomainEventMessage<>(
                "Task",
                aggregateId,
                1,
                new TaskClaimedEvent(aggregateId, SOURCE_REFERENCE, "kermit"),
                MetaData.emptyInstance(),
                UUID.randomUUID().toString(),
                PROBE_TIME.plusSeconds(1)),
            // not an aggregate's: Axon stores it under its own id, without a type
            new GenericEventMessage<>(
                UUID.randomUUID().toString(),
                "no aggregate's",
                MetaData.with("probe", "no"),
                PROBE_TIME.plusSeconds(2)));
    List<String> eventIds = events.stream().map(EventMessage::getIdentifier).toList();
    // what Axon's own engine (Hibernate, an insert per event) stores
    List<Map<String, Object>> storedByAxon =
        transaction.execute(
            status -> {
              axonsEngine().appendEvents(events);
              status.setRollbackOnly();
              return rowsOf(eventIds);
            });
    assertThat(storedByAxon).hasSize(3);
    EventStorageEngine engine = context.getBean(EventStorageEngine.class);
    TrackingToken before = engine.createHeadToken();
    EventStore store = context.getBean(EventStore.class);

    List<String> sent = new ArrayList<>();
    transaction.executeWithoutResult(
        status -> {
          jdbc.queryForObject("select 1", Integer.class); // the transaction has begun
          sent.addAll(
              sentToPostgres(
                  () -> DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(events))));
        });

    // one round trip: three inserts, one sync
    assertThat(sent).filteredOn(message -> message.startsWith("Execute")).hasSize(3);
    assertThat(sent).filteredOn(message -> message.startsWith("Sync")).hasSize(1);
    List<Map<String, Object>> stored = rowsOf(eventIds);
    assertThat(withoutGlobalIndex(stored)).isEqualTo(withoutGlobalIndex(storedByAxon));
    long first = (Long) stored.get(0).get("global_index");
    assertThat(stored)
        .extracting(row -> row.get("global_index"))
        .containsExactly(first, first + 1, first + 2);
    assertThat(stored)
        .extracting(
            row -> row.get("event_identifier"),
            row -> row.get("aggregate_identifier"),
            row -> row.get("sequence_number"),
            row -> row.get("type"),
            row -> row.get("time_stamp"),
            row -> row.get("payload_revision"))
        .containsExactly(
            tuple(eventIds.get(0), aggregateId, 0L, "Probe", "2026-03-02T09:15:00.123Z", null),
            tuple(eventIds.get(1), aggregateId, 1L, "Task", "2026-03-02T09:15:01.123Z", "1"),
            tuple(eventIds.get(2), eventIds.get(2), 0L, null, "2026-03-02T09:15:02.123Z", null));

    // read back as they were appended (the time stamp to the millisecond, as Axon stores it)
    assertThat(engine.readEvents(aggregateId).asStream())
        .extracting(
            DomainEventMessage::getIdentifier,
            DomainEventMessage::getSequenceNumber,
            DomainEventMessage::getPayload,
            DomainEventMessage::getMetaData,
            DomainEventMessage::getTimestamp)
        .containsExactly(
            tuple(
                eventIds.get(0),
                0L,
                "event-0",
                MetaData.with("probe", "yes"),
                Instant.parse("2026-03-02T09:15:00.123Z")),
            tuple(
                eventIds.get(1),
                1L,
                events.get(1).getPayload(),
                MetaData.emptyInstance(),
                Instant.parse("2026-03-02T09:15:01.123Z")));
    try (Stream<? extends TrackedEventMessage<?>> tracked = engine.readEvents(before, false)) {
      assertThat(tracked.filter(event -> eventIds.contains(event.getIdentifier())))
          .extracting(
              event -> ((GapAwareTrackingToken) event.trackingToken()).getIndex(),
              TrackedEventMessage::getIdentifier,
              TrackedEventMessage::getPayload,
              TrackedEventMessage::getMetaData,
              TrackedEventMessage::getTimestamp)
          .containsExactly(
              tuple(
                  first,
                  eventIds.get(0),
                  "event-0",
                  MetaData.with("probe", "yes"),
                  Instant.parse("2026-03-02T09:15:00.123Z")),
              tuple(
                  first + 1,
                  eventIds.get(1),
                  events.get(1).getPayload(),
                  MetaData.emptyInstance(),
                  Instant.parse("2026-03-02T09:15:01.123Z")),
              tuple(
                  first + 2,
                  eventIds.get(2),
                  "no aggregate's",
                  MetaData.with("probe", "no"),
                  Instant.parse("2026-03-02T09:15:02.123Z")));
    }
  }

  @Test
  void an_empty_append_sends_nothing() {
    EventStorageEngine engine = context.getBean(EventStorageEngine.class);

    assertThat(sentToPostgres(() -> engine.appendEvents(List.of()))).isEmpty();
  }

  @Test
  void a_taken_sequence_number_fails_the_append_as_in_axons_engine_and_leaves_nothing_of_it() {
    String aggregateId = "probe-" + UUID.randomUUID();
    EventStorageEngine engine = context.getBean(EventStorageEngine.class);
    engine.appendEvents(probeEvents(aggregateId, 0, 2));
    List<String> storedIds = eventIdsOf(aggregateId);

    for (EventStorageEngine appending : List.of(engine, axonsEngine())) {
      // two new events, then one that another unit of work has appended meanwhile
      List<DomainEventMessage<String>> concurrent = new ArrayList<>(probeEvents(aggregateId, 2, 2));
      concurrent.addAll(probeEvents(aggregateId, 1, 1));
      assertThatThrownBy(() -> appending.appendEvents(concurrent))
          .isExactlyInstanceOf(ConcurrencyException.class);
      // the aggregate created a second time
      assertThatThrownBy(() -> appending.appendEvents(probeEvents(aggregateId, 0, 1)))
          .isExactlyInstanceOf(AggregateStreamCreationException.class);
      // in the caller's transaction: it cannot commit either, even if the caller goes on
      assertThatThrownBy(
              () ->
                  transaction.executeWithoutResult(
                      status ->
                          assertThatThrownBy(() -> appending.appendEvents(concurrent))
                              .isExactlyInstanceOf(ConcurrencyException.class)))
          .isInstanceOf(UnexpectedRollbackException.class);
    }

    assertThat(eventIdsOf(aggregateId)).isEqualTo(storedIds);
    // what gets logged and thrown is the server's error, not the batch with the events' data
    assertThatThrownBy(() -> engine.appendEvents(probeEvents(aggregateId, 1, 1)))
        .satisfies(
            thrown ->
                assertThat(causes(thrown))
                    .noneMatch(cause -> cause instanceof BatchUpdateException)
                    .anyMatch(
                        cause ->
                            cause instanceof SQLException sql
                                && "23505".equals(sql.getSQLState())));
  }

  private static List<Throwable> causes(Throwable thrown) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      causes.add(cause);
    }
    return causes;
  }

  @Test
  void events_appended_in_a_transaction_that_rolls_back_leave_nothing() {
    String aggregateId = "probe-" + UUID.randomUUID();
    EventStorageEngine engine = context.getBean(EventStorageEngine.class);

    transaction.executeWithoutResult(
        status -> {
          engine.appendEvents(probeEvents(aggregateId, 0, 3));
          assertThat(eventsOf(aggregateId)).hasSize(3); // inserted in the transaction
          status.setRollbackOnly();
        });

    assertThat(eventsOf(aggregateId)).isEmpty();
  }

  @Test
  void pending_changes_to_the_event_table_are_flushed_before_the_insert() {
    String aggregateId = "probe-" + UUID.randomUUID();
    EventStorageEngine engine = context.getBean(EventStorageEngine.class);
    engine.appendEvents(probeEvents(aggregateId, 0, 3));
    EntityManagerProvider entityManagerProvider = context.getBean(EntityManagerProvider.class);
    List<DomainEventMessage<String>> replacement = probeEvents(aggregateId, 1, 1);

    transaction.executeWithoutResult(
        status -> {
          EntityManager entityManager = entityManagerProvider.getEntityManager();
          removeWithoutFlush(entityManager, aggregateId, 1);

          // the deletion goes first, or the insert would find sequence number 1 taken
          engine.appendEvents(replacement);

          assertThat(
                  entityManager
                      .unwrap(SessionImplementor.class)
                      .getActionQueue()
                      .hasAnyQueuedActions())
              .isFalse();
          assertThat(eventsOf(aggregateId))
              .extracting(row -> row.get("event_identifier"))
              .contains(replacement.get(0).getIdentifier());
          status.setRollbackOnly();
        });
  }

  /** Removes one stored event through JPA; the deletion waits in Hibernate's queue. */
  private static void removeWithoutFlush(
      EntityManager entityManager, String aggregateId, long sequenceNumber) {
    entityManager.remove(
        entityManager
            .createQuery(
                "select e from DomainEventEntry e where e.aggregateIdentifier = :id"
                    + " and e.sequenceNumber = :sequence",
                DomainEventEntry.class)
            .setParameter("id", aggregateId)
            .setParameter("sequence", sequenceNumber)
            .getSingleResult());
  }

  private static JpaEventStorageEngine axonsEngine() {
    return engineBuilder(JpaEventStorageEngine.builder()).build();
  }

  private static List<String> eventIdsOf(String aggregateId) {
    return eventsOf(aggregateId).stream().map(row -> (String) row.get("event_identifier")).toList();
  }

  /** The stored rows of these events in the order of their global index, binary columns as hex. */
  private static List<Map<String, Object>> rowsOf(List<String> eventIds) {
    return jdbc
        .queryForList(
            "select * from domain_event_entry where event_identifier in ("
                + String.join(", ", Collections.nCopies(eventIds.size(), "?"))
                + ") order by global_index",
            eventIds.toArray())
        .stream()
        .map(
            row -> {
              Map<String, Object> values = new LinkedHashMap<>();
              row.forEach(
                  (column, value) ->
                      values.put(
                          column,
                          value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value));
              return values;
            })
        .toList();
  }

  private static List<Map<String, Object>> withoutGlobalIndex(List<Map<String, Object>> rows) {
    return rows.stream()
        .map(
            row -> {
              Map<String, Object> values = new LinkedHashMap<>(row);
              values.remove("global_index");
              return values;
            })
        .toList();
  }

  /**
   * The messages the PostgreSQL driver sends from this thread while the action runs ("Parse",
   * "Bind", "Execute", "Sync"...: one "Sync" per round trip), from the driver's finest log.
   */
  private static List<String> sentToPostgres(Runnable action) {
    Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    long thread = Thread.currentThread().getId();
    List<String> sent = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord log) {
            if (log.getLongThreadID() == thread && log.getMessage().startsWith(" FE=> ")) {
              sent.add(log.getMessage().substring(" FE=> ".length()));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level level = driver.getLevel();
    boolean parentHandlers = driver.getUseParentHandlers();
    driver.setLevel(Level.FINEST);
    driver.setUseParentHandlers(false);
    driver.addHandler(handler);
    try {
      action.run();
    } finally {
      driver.removeHandler(handler);
      driver.setUseParentHandlers(parentHandlers);
      driver.setLevel(level);
    }
    return List.copyOf(sent);
  }

  /** A payload Jackson cannot write: its only property fails when read. */
  public static final class Unwritable {
    public String getValue() {
      throw new IllegalStateException("no value");
    }
  }

  private static List<DomainEventMessage<String>> probeEvents(
      String aggregateId, int firstSequenceNumber, int count) {
    return IntStream.range(firstSequenceNumber, firstSequenceNumber + count)
        .mapToObj(
            sequence ->
                (DomainEventMessage<String>)
                    new GenericDomainEventMessage<>(
                        "Probe",
                        aggregateId,
                        sequence,
                        "event-" + sequence,
                        MetaData.with("probe", "yes")))
        .toList();
  }

  private static JdbcReads jdbcReads() {
    return jdbcReads(builder -> {});
  }

  private static JdbcReads jdbcReads(Consumer<JpaEventStorageEngine.Builder> settings) {
    SnapshotFreeJpaEventStorageEngine.Builder builder = SnapshotFreeJpaEventStorageEngine.builder();
    settings.accept(engineBuilder(builder));
    return new JdbcReads(builder);
  }

  private static JpqlReads jpqlReads() {
    return new JpqlReads(engineBuilder(JpaEventStorageEngine.builder()));
  }

  /** The application's engine settings (see FlowpoolEventStoreAutoConfiguration). */
  private static <B extends JpaEventStorageEngine.Builder> B engineBuilder(B builder) {
    builder
        .snapshotSerializer(context.getBean(Serializer.class))
        .eventSerializer(context.getBean("eventSerializer", Serializer.class))
        .persistenceExceptionResolver(context.getBean(PersistenceExceptionResolver.class))
        .entityManagerProvider(context.getBean(EntityManagerProvider.class))
        .transactionManager(context.getBean(TransactionManager.class));
    return builder;
  }

  /** An engine's read of an aggregate's events, one batch. */
  private interface EventReads {
    List<? extends DomainEventData<?>> read(
        String aggregateIdentifier, long firstSequenceNumber, int batchSize);
  }

  /** The adapter's engine: events read with plain JDBC. */
  private static final class JdbcReads extends SnapshotFreeJpaEventStorageEngine
      implements EventReads {

    JdbcReads(SnapshotFreeJpaEventStorageEngine.Builder builder) {
      super(builder);
    }

    @Override
    public List<? extends DomainEventData<?>> read(
        String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
      return fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
    }
  }

  /** Axon's own engine: events read with its JPQL query. */
  private static final class JpqlReads extends JpaEventStorageEngine implements EventReads {

    JpqlReads(JpaEventStorageEngine.Builder builder) {
      super(builder);
    }

    @Override
    public List<? extends DomainEventData<?>> read(
        String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
      return fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
    }
  }

  /** A stored event, column by column, comparable. */
  private record StoredEvent(
      String type,
      String aggregateIdentifier,
      long sequence,
      String eventIdentifier,
      Instant timestamp,
      String payloadType,
      String revision,
      String payload,
      String metaData) {

    static List<StoredEvent> all(List<? extends DomainEventData<?>> events) {
      return events.stream().map(StoredEvent::of).toList();
    }

    static StoredEvent of(DomainEventData<?> event) {
      return new StoredEvent(
          event.getType(),
          event.getAggregateIdentifier(),
          event.getSequenceNumber(),
          event.getEventIdentifier(),
          event.getTimestamp(),
          event.getPayload().getType().getName(),
          event.getPayload().getType().getRevision(),
          text(event.getPayload().getData()),
          text(event.getMetaData().getData()));
    }

    static StoredEvent of(Map<String, Object> row) {
      return new StoredEvent(
          (String) row.get("type"),
          (String) row.get("aggregate_identifier"),
          (Long) row.get("sequence_number"),
          (String) row.get("event_identifier"),
          DateTimeUtils.parseInstant((String) row.get("time_stamp")),
          (String) row.get("payload_type"),
          (String) row.get("payload_revision"),
          text(row.get("payload")),
          text(row.get("meta_data")));
    }

    private static String text(Object bytes) {
      return bytes == null ? null : new String((byte[]) bytes, StandardCharsets.UTF_8);
    }
  }
}
