package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.entity.ProjectionProgressEntity;
import io.flowpool.adapter.jpaview.entity.ProjectionProgressKey;
import io.flowpool.adapter.jpaview.json.ParkedEventCodec;
import io.flowpool.view.model.AggregateRef;
import io.flowpool.view.model.ProjectionProgress;
import io.flowpool.view.port.out.ProjectionProgressStore;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.Optional;

/**
 * The sequence guard's rows in {@code fp_projection_progress}. {@link #load} locks the aggregate's
 * row until the transaction ends ({@code SELECT … FOR UPDATE}); for an aggregate seen for the first
 * time it first inserts an empty row, so that two transactions cannot both start it: the second
 * waits for the first to commit and then reads what it saved.
 */
final class JpaProjectionProgressStore implements ProjectionProgressStore {

  private static final String START =
      "INSERT INTO fp_projection_progress (aggregate_kind, aggregate_id, last_sequence, parked)"
          + " VALUES (:kind, :id, -1, CAST('[]' AS jsonb)) ON CONFLICT DO NOTHING";

  private final ViewDatabase database;
  private final ParkedEventCodec parked = new ParkedEventCodec();

  JpaProjectionProgressStore(ViewDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<ProjectionProgress> load(AggregateRef aggregate) {
    ProjectionProgressKey key = key(aggregate);
    ProjectionProgressEntity entity = lock(key);
    if (entity == null) {
      // find() returned nothing, so the session holds no pending write of this row
      database.updateUnflushed(
          START, Map.of("kind", aggregate.kind().name(), "id", aggregate.id()));
      entity = lock(key);
    }
    return Optional.of(
        new ProjectionProgress(aggregate, entity.lastSequence(), parked.read(entity.parked())));
  }

  @Override
  public void save(ProjectionProgress progress) {
    database.write(
        () -> {
          ProjectionProgressKey key = key(progress.aggregate());
          ProjectionProgressEntity entity =
              database.entities().find(ProjectionProgressEntity.class, key);
          if (entity == null) {
            entity = new ProjectionProgressEntity(key);
            entity.write(progress.lastSequence(), parked.write(progress.parked()));
            database.entities().persist(entity);
          } else {
            entity.write(progress.lastSequence(), parked.write(progress.parked()));
          }
        });
  }

  private ProjectionProgressEntity lock(ProjectionProgressKey key) {
    return database
        .entities()
        .find(ProjectionProgressEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
  }

  private static ProjectionProgressKey key(AggregateRef aggregate) {
    return new ProjectionProgressKey(aggregate.kind().name(), aggregate.id());
  }
}
