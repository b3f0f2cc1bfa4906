package io.flowpool.e2e.benchmark;

import io.flowpool.e2e.support.DistributedDeployment;
import io.flowpool.e2e.support.EngineRest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts the example's order-approval process through the engines' REST API ({@code /engine-rest}),
 * spread over the process applications: as fast as a number of clients can (closed loop), or at a
 * fixed rate (open loop, recording when each start returned).
 */
final class OrderLoad {

  /** A started order: its process instance and when the engine's answer arrived (nanoTime). */
  record Started(String instanceId, long committedAt) {}

  /** What a closed-loop run did. */
  record Counts(long started, long failed) {}

  private final List<EngineRest> engines;

  OrderLoad(List<EngineRest> engines) {
    this.engines = List.copyOf(engines);
  }

  /** {@code clientsPerEngine} clients per application start orders until the time is up. */
  Counts closedLoop(int clientsPerEngine, Duration duration) {
    return closedLoop(clientsPerEngine, System.nanoTime() + duration.toNanos(), Long.MAX_VALUE);
  }

  /** As many orders as given, as fast as the clients can start them. */
  Counts closedLoop(int clientsPerEngine, long orders) {
    return closedLoop(clientsPerEngine, Long.MAX_VALUE, orders);
  }

  private Counts closedLoop(int clientsPerEngine, long deadline, long orders) {
    AtomicLong tickets = new AtomicLong(orders);
    AtomicLong started = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService clients = Executors.newFixedThreadPool(clientsPerEngine * engines.size());
    for (EngineRest engine : engines) {
      for (int i = 0; i < clientsPerEngine; i++) {
        clients.execute(
            () -> {
              while (System.nanoTime() < deadline && tickets.getAndDecrement() > 0) {
                if (start(engine) != null) {
                  started.incrementAndGet();
                } else {
                  failed.incrementAndGet();
                }
              }
            });
      }
    }
    shutdown(clients);
    return new Counts(started.get(), failed.get());
  }

  /**
   * Starts {@code perSecond} orders a second, alternating between the applications, for the
   * duration; a slow answer does not hold up the next start. Returns the orders that started.
   */
  List<Started> fixedRate(double perSecond, Duration duration, int maxInFlight) {
    Queue<Started> started = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(maxInFlight);
    long period = (long) (1e9 / perSecond);
    long begin = System.nanoTime();
    long end = begin + duration.toNanos();
    long due = begin;
    for (int i = 0; due < end; i++, due += period) {
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      EngineRest engine = engines.get(i % engines.size());
      clients.execute(
          () -> {
            String instance = start(engine);
            if (instance != null) {
              started.add(new Started(instance, System.nanoTime()));
            }
          });
    }
    shutdown(clients);
    return new ArrayList<>(started);
  }

  /** The instance id, or null when the engine refused (counted, not fatal). */
  private static String start(EngineRest engine) {
    try {
      return engine.startOrder(DistributedDeployment.newOrderId(), 120);
    } catch (RuntimeException e) {
      System.err.println("order start failed: " + e.getMessage());
      return null;
    }
  }

  private static void shutdown(ExecutorService clients) {
    clients.shutdown();
    try {
      if (!clients.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("order clients did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
