package io.flowpool.adapter.amqp.testing;

import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.port.in.ProjectEventUseCase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A view projection that records what it was given; it fails for the aggregates it is told to, as a
 * view whose transaction rolls back would (a batch with one of them records nothing).
 */
public class RecordingProjection implements ProjectEventUseCase {

  private final List<ViewEvent<?>> projected = new CopyOnWriteArrayList<>();
  private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final Set<String> failing = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

  @Override
  public void project(ViewEvent<?> event) {
    attempt(event);
    projected.add(event);
  }

  /** As one transaction: if one event fails, none of them is recorded. */
  @Override
  public void projectAll(List<ViewEvent<?>> events) {
    batchSizes.add(events.size());
    events.forEach(this::attempt);
    projected.addAll(events);
  }

  private void attempt(ViewEvent<?> event) {
    attempts.computeIfAbsent(event.aggregateId(), id -> new AtomicInteger()).incrementAndGet();
    AtomicInteger left = failuresLeft.get(event.aggregateId());
    if (failing.contains(event.aggregateId()) || left != null && left.getAndDecrement() > 0) {
      throw new ProjectionFailedException("view refuses " + event.aggregateId());
    }
  }

  /** The sizes of the batches given to {@link #projectAll}, failed ones included, in order. */
  public List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  /** Every projection of this aggregate fails until {@link #heal}. */
  public void failFor(String aggregateId) {
    failing.add(aggregateId);
  }

  /** The next {@code times} projections of this aggregate fail. */
  public void failTimes(String aggregateId, int times) {
    failuresLeft.put(aggregateId, new AtomicInteger(times));
  }

  public void heal(String aggregateId) {
    failing.remove(aggregateId);
  }

  /** The events projected successfully for this aggregate, in order. */
  public List<ViewEvent<?>> projectedFor(String aggregateId) {
    return projected.stream().filter(e -> e.aggregateId().equals(aggregateId)).toList();
  }

  /** How often the projection was called for this aggregate, failed calls included. */
  public int attemptsFor(String aggregateId) {
    AtomicInteger count = attempts.get(aggregateId);
    return count == null ? 0 : count.get();
  }

  /** What a failing view transaction throws. */
  public static class ProjectionFailedException extends RuntimeException {
    public ProjectionFailedException(String message) {
      super(message);
    }
  }
}
