package io.flowpool.adapter.axon.eventstore;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JPA event storage with cheaper appends and aggregate loads; everything else (the streams
 * of the tracking processors, writing snapshots) is Axon's.
 *
 * <ul>
 *   <li>The events of one append (a unit of work, so an engine transaction) are inserted with one
 *       JDBC batch: one round trip instead of one per event (Hibernate inserts at {@code persist}
 *       to read the generated global index back), and no Hibernate entity overhead. The rows hold
 *       what Axon's {@link DomainEventEntry} holds (as Axon's {@code createEventEntity} builds it),
 *       the global index comes from the column default, and a duplicate sequence number fails as in
 *       Axon's engine. Unlike Axon's, the append does not flush other entities' pending changes;
 *       they go at the commit.
 *   <li>No snapshot read: Axon looks for a snapshot before it reads an aggregate's events, one
 *       query per command, but Flowpool's aggregate shells take no snapshots (none declares a
 *       snapshot trigger), so the snapshot table stays empty and that query can only find nothing.
 *   <li>An aggregate's events are read with one prepared statement instead of Axon's JPQL query,
 *       whose Hibernate work around the query (plan, auto-flush dirty check, parameter binding,
 *       result instantiation) stood out in profiles of the engine's transactions. The rows become
 *       the same {@link GenericDomainEventEntry} objects, column for column.
 *   <li>The events after a tracking token (the outbox's stream) are read the same way, as the rows
 *       Axon's query returns; Axon's gap handling around them is unchanged.
 * </ul>
 *
 * <p>All statements run on the entity manager's own JDBC connection, so in the caller's
 * transaction, after pending Hibernate changes to the event table are flushed (as JPQL's auto-flush
 * would before the read, and to keep them ahead of the insert).
 *
 * <p>Built with {@link #builder()}, which takes the same settings as Axon's.
 */
public class SnapshotFreeJpaEventStorageEngine extends JpaEventStorageEngine {

  /** The columns of {@link DomainEventEntry} but the global index, which the default fills. */
  private static final String INSERT_DOMAIN_EVENT =
      "insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
          + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * Axon's query ({@code ... WHERE e.aggregateIdentifier = :id AND e.sequenceNumber >= :seq ORDER
   * BY e.sequenceNumber ASC}, at most a batch) on the table of {@link DomainEventEntry}, selecting
   * the columns in the order of {@link GenericDomainEventEntry}'s constructor.
   */
  private static final String SELECT_DOMAIN_EVENTS =
      "select type, aggregate_identifier, sequence_number, event_identifier, time_stamp,"
          + " payload_type, payload_revision, payload, meta_data from domain_event_entry"
          + " where aggregate_identifier = ? and sequence_number >= ?"
          + " order by sequence_number limit ?";

  /**
   * Axon's queries for the streams of tracking processors ({@code ... WHERE e.globalIndex > :token
   * [OR e.globalIndex IN :gaps] ORDER BY e.globalIndex ASC}, at most a batch), selecting the
   * columns in the order of Axon's result rows. Without gaps the condition is the index range alone
   * (an OR would make PostgreSQL scan the index from its start); the gaps are one array parameter,
   * so the statement text is the same for any number of them.
   */
  private static final String SELECT_TRACKED =
      "select global_index, type, aggregate_identifier, sequence_number, event_identifier,"
          + " time_stamp, payload_type, payload_revision, payload, meta_data from domain_event_entry";

  private static final String SELECT_TRACKED_EVENTS =
      SELECT_TRACKED + " where global_index > ? order by global_index limit ?";

  private static final String SELECT_TRACKED_EVENTS_AND_GAPS =
      SELECT_TRACKED
          + " where global_index > ? or global_index = any(?) order by global_index limit ?";

  private final TransactionManager transactionManager;

  private volatile Set<Serializable> eventTableSpaces;

  protected SnapshotFreeJpaEventStorageEngine(Builder builder) {
    super(builder);
    this.transactionManager = builder.transactionManager;
  }

  /** A builder for this engine, with Axon's settings and defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Axon's append (same transaction, same exceptions for the insert), as one JDBC batch. The events
   * are serialized first: an event the serializer refuses fails with the serializer's exception,
   * where Axon's append would report it as a failed insert (for an aggregate's first event: "Cannot
   * reuse aggregate identifier").
   */
  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    if (events.isEmpty()) {
      return;
    }
    List<StoredEvent> stored = new ArrayList<>(events.size());
    for (EventMessage<?> event : events) {
      stored.add(StoredEvent.of(event, serializer));
    }
    transactionManager.executeInTransaction(
        () -> {
          try {
            insertDomainEvents(stored);
          } catch (Exception e) {
            handlePersistenceException(e, events.get(0));
          }
        });
  }

  private void insertDomainEvents(List<StoredEvent> stored) {
    onEventTable(
        INSERT_DOMAIN_EVENT,
        statement -> {
          for (StoredEvent event : stored) {
            statement.setString(1, event.message().getIdentifier());
            statement.setString(2, event.message().getAggregateIdentifier());
            statement.setLong(3, event.message().getSequenceNumber());
            statement.setString(4, event.message().getType());
            statement.setString(5, event.timestamp());
            statement.setString(6, event.payload().getType().getName());
            statement.setString(7, event.payload().getType().getRevision());
            statement.setBytes(8, event.payload().getData());
            statement.setBytes(9, event.metaData());
            statement.addBatch();
          }
          try {
            return statement.executeBatch();
          } catch (BatchUpdateException e) {
            throw withoutEventData(e);
          }
        });
  }

  /**
   * An event's row as Axon's {@link DomainEventEntry} would hold it (an event without an aggregate
   * becomes a domain event of its own, as in Axon's {@code createEventEntity}). Built directly: the
   * entry keeps its time stamp as text and parses it again on every read, which showed in profiles
   * of the engine's transactions. So appends do not call {@code createEventEntity}: a subclass that
   * overrides it changes nothing here. The time stamp's text is {@link EventTimestamps}'s.
   */
  private record StoredEvent(
      DomainEventMessage<?> message,
      SerializedObject<byte[]> payload,
      byte[] metaData,
      String timestamp) {

    static StoredEvent of(EventMessage<?> event, Serializer serializer) {
      DomainEventMessage<?> message = EventUtils.asDomainEventMessage(event);
      return new StoredEvent(
          message,
          message.serializePayload(serializer, byte[].class),
          message.serializeMetaData(serializer, byte[].class).getData(),
          EventTimestamps.format(message.getTimestamp()));
    }
  }

  /**
   * The driver's batch error quotes the whole statement with its values (payloads and metadata,
   * business data) and is logged as it is; the server's error behind it (e.g. the duplicate key)
   * names the key only and carries the SQL state that tells a duplicate from other failures.
   */
  private static SQLException withoutEventData(BatchUpdateException batch) {
    SQLException server = batch.getNextException();
    return server != null
        ? server
        : new SQLException(
            "The insert of events failed", batch.getSQLState(), batch.getErrorCode());
  }

  @Override
  protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
    return Stream.empty();
  }

  @Override
  protected List<? extends DomainEventData<?>> fetchDomainEvents(
      String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
    return transactionManager.fetchInTransaction(
        () -> selectDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize));
  }

  private List<DomainEventData<?>> selectDomainEvents(
      String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
    return onEventTable(
        SELECT_DOMAIN_EVENTS,
        statement -> {
          statement.setString(1, aggregateIdentifier);
          statement.setLong(2, firstSequenceNumber);
          statement.setInt(3, batchSize);
          try (ResultSet rows = statement.executeQuery()) {
            List<DomainEventData<?>> events = new ArrayList<>();
            while (rows.next()) {
              events.add(
                  new GenericDomainEventEntry<>(
                      rows.getString(1), // type
                      rows.getString(2), // aggregate identifier
                      rows.getLong(3), // sequence number
                      rows.getString(4), // event identifier
                      rows.getString(5), // time stamp, as Axon stores it
                      rows.getString(6), // payload type
                      rows.getString(7), // payload revision
                      rows.getBytes(8), // payload
                      rows.getBytes(9))); // metadata
            }
            return events;
          }
        });
  }

  /**
   * The rows after a tracking token, as Axon's JPQL query returns them (Axon turns them into
   * tracked events and the next token); Hibernate translated that query anew for every fetch, since
   * its {@code IN :gaps} list changes size.
   */
  @Override
  protected List<Object[]> fetchEvents(GapAwareTrackingToken previousToken) {
    long index = previousToken == null ? -1 : previousToken.getIndex();
    Long[] gaps =
        previousToken == null ? new Long[0] : previousToken.getGaps().toArray(new Long[0]);
    return onEventTable(
        gaps.length == 0 ? SELECT_TRACKED_EVENTS : SELECT_TRACKED_EVENTS_AND_GAPS,
        statement -> {
          int parameter = 1;
          statement.setLong(parameter++, index);
          if (gaps.length > 0) {
            statement.setArray(
                parameter++, statement.getConnection().createArrayOf("bigint", gaps));
          }
          statement.setInt(parameter, batchSize());
          try (ResultSet rows = statement.executeQuery()) {
            List<Object[]> events = new ArrayList<>();
            while (rows.next()) {
              events.add(
                  new Object[] {
                    rows.getLong(1), // global index
                    rows.getString(2), // type
                    rows.getString(3), // aggregate identifier
                    rows.getLong(4), // sequence number
                    rows.getString(5), // event identifier
                    rows.getString(6), // time stamp, as Axon stores it
                    rows.getString(7), // payload type
                    rows.getString(8), // payload revision
                    rows.getBytes(9), // payload
                    rows.getBytes(10) // metadata
                  });
            }
            return events;
          }
        });
  }

  /**
   * Runs a statement on the entity manager's connection as Hibernate would run its own: after
   * pending Hibernate changes to the event table, with what is left of the Spring transaction's
   * timeout, and marking the transaction rollback-only if it fails (PostgreSQL has aborted it, and
   * Axon's transaction manager leaves a joined transaction alone: its commit would roll back
   * silently instead of failing).
   */
  private <T> T onEventTable(String sql, StatementWork<T> work) {
    EntityManager entityManager = entityManager();
    SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
    flushPendingEventTableChanges(session);
    int timeoutSeconds = transactionTimeoutSeconds(entityManager);
    try {
      return session.doReturningWork(
          connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
              if (timeoutSeconds > 0) {
                statement.setQueryTimeout(timeoutSeconds);
              }
              return work.execute(statement);
            }
          });
    } catch (RuntimeException e) {
      session.markForRollbackOnly();
      throw e;
    }
  }

  /** What {@link #onEventTable} does with its statement. */
  private interface StatementWork<T> {
    T execute(PreparedStatement statement) throws SQLException;
  }

  /**
   * What Hibernate's auto-flush before Axon's JPQL query would do: flush the session if it holds
   * inserts, updates or deletions for the event table (the check reads Hibernate's queue only and
   * leaves other entities' pending changes where they are, as the auto-flush does). Axon never
   * changes an event entry once persisted, so no event change can hide outside that queue.
   */
  private void flushPendingEventTableChanges(SessionImplementor session) {
    FlushMode flushMode = session.getHibernateFlushMode();
    if (flushMode == FlushMode.ALWAYS
        || (flushMode == FlushMode.AUTO
            && session.getActionQueue().areTablesToBeUpdated(eventTableSpaces(session)))) {
      session.flush();
    }
  }

  private Set<Serializable> eventTableSpaces(SessionImplementor session) {
    Set<Serializable> spaces = eventTableSpaces;
    if (spaces == null) {
      spaces =
          Set.copyOf(
              Arrays.asList(
                  session
                      .getFactory()
                      .getMappingMetamodel()
                      .getEntityDescriptor(DomainEventEntry.class)
                      .getQuerySpaces()));
      eventTableSpaces = spaces;
    }
    return spaces;
  }

  /** The time left of a Spring transaction with a timeout, as Spring gives it to JPA queries. */
  private static int transactionTimeoutSeconds(EntityManager entityManager) {
    if (TransactionSynchronizationManager.getResource(entityManager.getEntityManagerFactory())
            instanceof EntityManagerHolder holder
        && holder.hasTimeout()) {
      return holder.getTimeToLiveInSeconds();
    }
    return 0;
  }

  /** Axon's builder, keeping the transaction manager for the event reads and appends. */
  public static class Builder extends JpaEventStorageEngine.Builder {

    private TransactionManager transactionManager;

    protected Builder() {}

    @Override
    public Builder transactionManager(TransactionManager transactionManager) {
      super.transactionManager(transactionManager);
      this.transactionManager = transactionManager;
      return this;
    }

    @Override
    public SnapshotFreeJpaEventStorageEngine build() {
      return new SnapshotFreeJpaEventStorageEngine(this);
    }
  }
}
