package io.flowpool.view.port.out;

import io.flowpool.view.model.AggregateRef;
import io.flowpool.view.model.ProjectionProgress;
import java.util.Optional;

/**
 * The sequence guard's memory, one entry per aggregate, kept after its row is gone. A store that
 * serves concurrent projections must lock the aggregate's entry from {@link #load} until the
 * transaction ends (e.g. {@code SELECT … FOR UPDATE}), so that two events of one aggregate are
 * never applied side by side.
 */
public interface ProjectionProgressStore {

  Optional<ProjectionProgress> load(AggregateRef aggregate);

  /** Inserts or replaces the progress of {@code progress.aggregate()}. */
  void save(ProjectionProgress progress);
}
