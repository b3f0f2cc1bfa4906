package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.model.AggregateRef;
import io.flowpool.view.model.ProjectionProgress;
import io.flowpool.view.port.out.ProjectionProgressStore;
import java.util.Optional;

/**
 * The sequence guard's progress in memory. Transactions hold the database's write lock, so two
 * events of one aggregate are never applied side by side.
 */
final class InMemoryProjectionProgressStore implements ProjectionProgressStore {

  private final InMemoryTable<AggregateRef, ProjectionProgress> progress;

  InMemoryProjectionProgressStore(InMemoryTable<AggregateRef, ProjectionProgress> progress) {
    this.progress = progress;
  }

  @Override
  public Optional<ProjectionProgress> load(AggregateRef aggregate) {
    return progress.get(aggregate);
  }

  @Override
  public void save(ProjectionProgress entry) {
    progress.put(entry.aggregate(), entry);
  }
}
