package io.flowpool.adapter.rest.support;

import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.model.AggregateRef;
import io.flowpool.view.model.ProjectionProgress;
import io.flowpool.view.port.out.ProjectionProgressStore;
import io.flowpool.view.port.out.ViewTransactions;
import io.flowpool.view.port.out.ViewUpdateListener;
import io.flowpool.view.testing.ViewFixture;
import io.flowpool.view.testing.ViewSamples;
import io.flowpool.view.usecase.ViewProjectionService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The view's stores in memory and its real projection: tests emit taskpool and datapool events, and
 * the REST API answers from what the projection made of them. {@link #reset} empties everything.
 */
public final class TestView {

  final InMemoryDataEntryStore dataEntries = new InMemoryDataEntryStore();
  final InMemoryTaskStore tasks = new InMemoryTaskStore(dataEntries);
  final InMemoryProcessStore processes = new InMemoryProcessStore();
  private final Map<AggregateRef, ProjectionProgress> progress = new ConcurrentHashMap<>();
  private final Map<String, Long> sequences = new HashMap<>();
  private ViewProjectionService projection;

  /** Starts projecting; committed changes go to the listener (the live subscriptions). */
  void projectTo(ViewUpdateListener listener) {
    projection =
        new ViewProjectionService(
            progressStore(),
            transactions(),
            listener,
            tasks,
            dataEntries,
            processes,
            processes,
            processes);
  }

  /** Projects the events, each with the next sequence number of its aggregate. */
  public synchronized TestView emit(Object... events) {
    for (Object event : events) {
      String aggregateId = ViewFixture.aggregateIdOf(event);
      long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
      projection.project(new ViewEvent<>(aggregateId, sequence, ViewSamples.NOW, event));
    }
    return this;
  }

  public synchronized void reset() {
    tasks.clear();
    dataEntries.clear();
    processes.clear();
    progress.clear();
    sequences.clear();
  }

  private ProjectionProgressStore progressStore() {
    return new ProjectionProgressStore() {
      @Override
      public Optional<ProjectionProgress> load(AggregateRef aggregate) {
        return Optional.ofNullable(progress.get(aggregate));
      }

      @Override
      public void save(ProjectionProgress next) {
        progress.put(next.aggregate(), next);
      }
    };
  }

  private ViewTransactions transactions() {
    Object lock = new Object();
    return new ViewTransactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        synchronized (lock) {
          return work.get();
        }
      }
    };
  }
}
