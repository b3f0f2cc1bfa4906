package io.flowpool.adapter.camunda.collector;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the application has started. Until then the collector holds back what the engine commits,
 * e.g. the auto-deployment of the application's models while the engine is built: the taskpool
 * behind the hand-over (its command handlers) may not be ready yet. Once the application has
 * started, the held-back transactions are handed over in the order they committed.
 */
public final class CollectorStartup {

  private final List<Runnable> heldBack = new ArrayList<>();
  private boolean started;

  /** A startup that is over already: nothing is held back. */
  public static CollectorStartup completed() {
    CollectorStartup startup = new CollectorStartup();
    startup.started();
    return startup;
  }

  /** The application has started: hands over what was held back, in order. */
  public void started() {
    List<Runnable> pending;
    synchronized (this) {
      if (started) {
        return;
      }
      started = true;
      pending = List.copyOf(heldBack);
      heldBack.clear();
    }
    pending.forEach(Runnable::run);
  }

  synchronized boolean isOver() {
    return started;
  }

  /** Runs the hand-over now if the application has started, else as soon as it has. */
  void afterStartup(Runnable handOver) {
    synchronized (this) {
      if (!started) {
        heldBack.add(handOver);
        return;
      }
    }
    handOver.run();
  }
}
