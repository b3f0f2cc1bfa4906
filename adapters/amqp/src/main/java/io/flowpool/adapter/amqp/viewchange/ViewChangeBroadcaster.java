package io.flowpool.adapter.amqp.viewchange;

import io.flowpool.view.model.ViewChange;
import io.flowpool.view.port.out.ViewUpdateListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.core.RabbitOperations;

/**
 * Tells the other platform nodes what this node's projection committed, so that their live
 * subscriptions see it too. Best-effort and never in the projection's way: {@link #onChanges} only
 * queues the list (bounded; a full queue drops it, counted and logged), and one background thread
 * publishes the queued lists in order to the view-changes exchange, logging and counting what
 * fails.
 */
public class ViewChangeBroadcaster implements ViewUpdateListener, AutoCloseable {

  static final String BROADCAST = "flowpool.view.changes.broadcast";

  private static final Logger LOG = LoggerFactory.getLogger(ViewChangeBroadcaster.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(2);

  private final RabbitOperations template;
  private final String exchange;
  private final ViewChangeCodec codec;
  private final NodeId node;
  private final BlockingQueue<List<ViewChange>> queued;
  private final Thread publisher;
  private final Counter published;
  private final Counter dropped;
  private final Counter failed;
  private final AtomicLong droppedTotal = new AtomicLong();
  private final AtomicBoolean dropping = new AtomicBoolean();
  private volatile boolean failing;
  private volatile boolean closed;

  /**
   * @param template publishes; give it a connection of its own for publishing (a publisher that
   *     RabbitMQ blocks, e.g. under a memory alarm, blocks its whole connection)
   * @param capacity change lists that may wait for the publisher before new ones are dropped
   */
  public ViewChangeBroadcaster(
      RabbitOperations template,
      String exchange,
      ViewChangeCodec codec,
      NodeId node,
      int capacity,
      MeterRegistry meters) {
    this.template = template;
    this.exchange = exchange;
    this.codec = codec;
    this.node = node;
    this.queued = new ArrayBlockingQueue<>(capacity);
    this.published = counter(meters, "published");
    this.dropped = counter(meters, "dropped");
    this.failed = counter(meters, "failed");
    this.publisher = new Thread(this::publishQueued, "flowpool-view-change-broadcaster");
    this.publisher.setDaemon(true);
  }

  /** Starts the publishing thread. */
  public ViewChangeBroadcaster start() {
    publisher.start();
    return this;
  }

  /** Queues the changes for the other nodes; returns at once and never throws. */
  @Override
  public void onChanges(List<ViewChange> changes) {
    if (changes == null || changes.isEmpty() || closed) {
      return;
    }
    if (queued.offer(changes)) {
      return;
    }
    dropped.increment();
    droppedTotal.incrementAndGet();
    if (!dropping.getAndSet(true)) {
      LOG.warn(
          "View changes for the other platform nodes are being dropped: {} lists wait for a"
              + " publisher that does not keep up (is RabbitMQ blocking publishers?). Clients on"
              + " other nodes miss these live updates until they reconnect; counted in {}.",
          queued.size(),
          BROADCAST);
    }
  }

  /** Change lists dropped because the queue was full, since the start. */
  public long droppedCount() {
    return droppedTotal.get();
  }

  @Override
  public void close() {
    closed = true;
    publisher.interrupt();
    try {
      publisher.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void publishQueued() {
    while (!closed) {
      List<ViewChange> first;
      try {
        first = queued.take();
      } catch (InterruptedException e) {
        return;
      }
      publishRun(first);
    }
  }

  /**
   * Publishes the list and whatever queued up meanwhile on one channel: RabbitMQ keeps the order of
   * one channel's messages.
   */
  private void publishRun(List<ViewChange> first) {
    try {
      template.invoke(
          operations -> {
            for (List<ViewChange> next = first; next != null; next = queued.poll()) {
              operations.send(exchange, "", codec.message(next, node));
              published.increment();
            }
            return null;
          });
      recovered();
    } catch (RuntimeException e) {
      // the list being sent is lost; the rest stays queued for the next run
      failed.increment();
      if (!failing) {
        failing = true;
        LOG.warn(
            "Could not broadcast view changes to the other platform nodes (their clients miss"
                + " these live updates); further failures are logged at debug until it works"
                + " again: {}",
            e.toString());
      } else {
        LOG.debug("Could not broadcast view changes: {}", e.toString());
      }
    }
  }

  private void recovered() {
    if (failing) {
      failing = false;
      LOG.info("Broadcasting view changes to the other platform nodes works again");
    }
    if (dropping.getAndSet(false)) {
      LOG.info(
          "Broadcasting view changes keeps up again; {} lists were dropped since the start",
          droppedTotal.get());
    }
  }

  private static Counter counter(MeterRegistry meters, String outcome) {
    return Counter.builder(BROADCAST)
        .description("Lists of committed view changes sent to the other platform nodes, by outcome")
        .tag("outcome", outcome)
        .register(meters);
  }
}
