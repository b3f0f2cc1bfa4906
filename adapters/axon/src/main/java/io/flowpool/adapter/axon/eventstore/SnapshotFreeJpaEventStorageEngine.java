package io.flowpool.adapter.axon.eventstore;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

/**
 * Axon's JPA event storage without snapshot reads. Axon looks for a snapshot before it reads an
 * aggregate's events, one query per command, but Flowpool's aggregate shells take no snapshots
 * (none declares a snapshot trigger), so the snapshot table stays empty and that query can only
 * find nothing. Everything else, writing snapshots included, is Axon's.
 */
public class SnapshotFreeJpaEventStorageEngine extends JpaEventStorageEngine {

  public SnapshotFreeJpaEventStorageEngine(JpaEventStorageEngine.Builder builder) {
    super(builder);
  }

  @Override
  protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
    return Stream.empty();
  }
}
