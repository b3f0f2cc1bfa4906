package io.flowpool.adapter.amqp.rebuild;

import io.flowpool.adapter.amqp.outbox.OutboxForwarder;
import io.flowpool.adapter.amqp.outbox.OutboxReplayEndpoint;
import io.flowpool.adapter.amqp.outbox.OutboxStatus;
import io.flowpool.adapter.amqp.testing.EventMessages;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.flowpool.adapter.amqp.testing.TestTopology;
import io.flowpool.common.testing.PostgresTestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * One node of a process application that runs as several: its own Spring context with Axon's JDBC
 * event store and token store on the database all its replicas share (the token store under a node
 * id of its own, as replicas on different hosts have), the outbox and the rebuild listener.
 */
final class ProcessApplicationReplica implements AutoCloseable {

  private final String node;
  private final ConfigurableApplicationContext context;

  private ProcessApplicationReplica(String node, ConfigurableApplicationContext context) {
    this.node = node;
    this.context = context;
  }

  /** Creates the event and token tables that the replicas of one application share. */
  static void createAxonSchema(PostgresTestDatabase database) {
    DataSource dataSource = dataSource(database);
    ConnectionProvider connections = dataSource::getConnection;
    Serializer serializer = JacksonSerializer.defaultSerializer();
    JdbcEventStorageEngine.builder()
        .connectionProvider(connections)
        .transactionManager(NoTransactionManager.INSTANCE)
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .build()
        .createSchema(PostgresEventTableFactory.INSTANCE);
    JdbcTokenStore.builder()
        .connectionProvider(connections)
        .serializer(serializer)
        .build()
        .createSchema(PostgresTokenTableFactory.INSTANCE);
  }

  /**
   * Starts a replica of {@link EventMessages#APPLICATION}.
   *
   * @param handOnLimit hops after which a rebuild request nobody serves is dropped
   */
  static ProcessApplicationReplica start(
      String node, PostgresTestDatabase database, TestTopology topology, int handOnLimit) {
    List<String> properties = new ArrayList<>(RabbitTestBroker.springProperties());
    properties.addAll(topology.properties());
    properties.addAll(
        List.of(
            "test.replica.node=" + node,
            "spring.datasource.url=" + database.jdbcUrl(),
            "spring.datasource.username=" + database.username(),
            "spring.datasource.password=" + database.password(),
            "flowpool.application-name=" + EventMessages.APPLICATION,
            "flowpool.amqp.rebuild.hand-on-pause=20ms",
            "flowpool.amqp.rebuild.hand-on-limit=" + handOnLimit,
            "axon.axonserver.enabled=false",
            "axon.serializer.general=jackson",
            "axon.serializer.events=jackson",
            "axon.serializer.messages=jackson",
            "axon.update-check.disabled=true",
            "spring.main.banner-mode=off"));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ReplicaApplication.class)
            .web(WebApplicationType.NONE)
            .properties(properties.toArray(String[]::new))
            .run();
    return new ProcessApplicationReplica(node, context);
  }

  String node() {
    return node;
  }

  /** Stores events in the shared event store, as the engine does in a transaction. */
  void store(DomainEventMessage<?>... events) {
    EventStore eventStore = context.getBean(EventStore.class);
    DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(events));
  }

  /** Whether this replica's outbox processor holds the token claim (is the one forwarding). */
  boolean ownsOutboxClaim() {
    return outboxProcessor().processingStatus().values().stream()
        .anyMatch(status -> !status.isErrorState());
  }

  OutboxStatus outbox() {
    return context.getBean(OutboxReplayEndpoint.class).status();
  }

  TrackingEventProcessor outboxProcessor() {
    return context
        .getBean(EventProcessingConfiguration.class)
        .eventProcessor(OutboxForwarder.PROCESSING_GROUP, TrackingEventProcessor.class)
        .orElseThrow();
  }

  SimpleMessageListenerContainer rebuildListener() {
    return context.getBean(
        "flowpoolViewRebuildListenerContainer", SimpleMessageListenerContainer.class);
  }

  /** How many rebuild requests this replica handled with this outcome. */
  long requests(String outcome) {
    return (long)
        context
            .getBean(SimpleMeterRegistry.class)
            .get(ViewRebuildOutcomes.METER)
            .tag("outcome", outcome)
            .counter()
            .count();
  }

  @Override
  public void close() {
    context.close();
  }

  private static DataSource dataSource(PostgresTestDatabase database) {
    return new SimpleDriverDataSource(
        new org.postgresql.Driver(), database.jdbcUrl(), database.username(), database.password());
  }

  /** A process application without its engine: the event store is all the outbox needs. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class ReplicaApplication {

    /** Unpooled: this module's tests have no connection pool on their class path. */
    @Bean
    DataSource dataSource(
        @Value("${spring.datasource.url}") String url,
        @Value("${spring.datasource.username}") String user,
        @Value("${spring.datasource.password:}") String password) {
      return new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password);
    }

    /** Axon's JDBC token store, under this replica's node id (the default is the JVM's name). */
    @Bean
    TokenStore tokenStore(
        ConnectionProvider connectionProvider,
        Serializer serializer,
        @Value("${test.replica.node}") String node) {
      return JdbcTokenStore.builder()
          .connectionProvider(connectionProvider)
          .serializer(serializer)
          .nodeId(node)
          .build();
    }

    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
