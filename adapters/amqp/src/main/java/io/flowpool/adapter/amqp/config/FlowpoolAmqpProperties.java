package io.flowpool.adapter.amqp.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Names and arguments of the event topology, and the switches of the outbox, the consumer, the view
 * rebuild and the view changes shared between platform nodes.
 */
@ConfigurationProperties(prefix = "flowpool.amqp")
public class FlowpoolAmqpProperties {

  /** Topic exchange every process application publishes its events to. */
  private String eventsExchange = "flowpool.events";

  /** Durable quorum queue of the view (one per view group; platform nodes share it). */
  private String viewQueue = "flowpool.view";

  /** Deliveries of one message before RabbitMQ dead-letters it (x-delivery-limit). */
  private int deliveryLimit = 5;

  /** Exchange that receives what the view queue dead-letters. */
  private String deadLetterExchange = "flowpool.events.dead-letter";

  /** Queue that keeps dead letters until they are re-driven. */
  private String deadLetterQueue = "flowpool.view.dead-letter";

  /** Declare the topology on start-up (idempotent; off where an operator owns the broker). */
  private boolean declareTopology = true;

  private final Outbox outbox = new Outbox();
  private final Consumer consumer = new Consumer();
  private final Rebuild rebuild = new Rebuild();
  private final ViewChanges viewChanges = new ViewChanges();

  /** The forwarder from the event store to the events exchange (process applications). */
  public static class Outbox {

    /** Forward stored events; active only where an Axon event store exists. */
    private boolean enabled = true;

    /** How long a batch waits for its publisher confirms before it rolls back and retries. */
    private Duration confirmTimeout = Duration.ofSeconds(10);

    /** Events per batch (one unit of work, one token update, confirms awaited together). */
    private int batchSize = 100;

    /**
     * Events stored but not yet forwarded above which the outbox health details warn (the status
     * stays UP); 0 for no warning.
     */
    private long lagWarning = 0;

    public long getLagWarning() {
      return lagWarning;
    }

    public void setLagWarning(long lagWarning) {
      this.lagWarning = lagWarning;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getConfirmTimeout() {
      return confirmTimeout;
    }

    public void setConfirmTimeout(Duration confirmTimeout) {
      this.confirmTimeout = confirmTimeout;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }
  }

  /** The listener on the view queue (process platform). */
  public static class Consumer {

    /** Consume the view queue; active only where a view projection use case exists. */
    private boolean enabled = true;

    /**
     * Unacknowledged messages RabbitMQ hands to one consumer at a time; at least {@link #batchSize}
     * (a smaller value is raised to it). Twice the batch keeps the next batch on its way while one
     * is projected.
     */
    private int prefetch = 100;

    /**
     * Messages projected in one view transaction and acknowledged together; 1 projects and commits
     * each message on its own. A batch that fails is projected again one message at a time, so only
     * the failing message is returned to the queue.
     */
    private int batchSize = 50;

    /**
     * How long a batch waits for one more message before it is projected as it is (and at most in
     * all to fill up): a short wait keeps a partial batch from holding events back at low load.
     */
    private Duration batchWait = Duration.ofMillis(10);

    /**
     * Pause before a failed message goes back to the queue, so that a short outage of the view's
     * database does not use up the delivery limit in milliseconds.
     */
    private Duration redeliveryDelay = Duration.ofSeconds(1);

    public Duration getRedeliveryDelay() {
      return redeliveryDelay;
    }

    public void setRedeliveryDelay(Duration redeliveryDelay) {
      this.redeliveryDelay = redeliveryDelay;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getPrefetch() {
      return prefetch;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("flowpool.amqp.consumer.batch-size must be at least 1");
      }
      this.batchSize = batchSize;
    }

    public Duration getBatchWait() {
      return batchWait;
    }

    public void setBatchWait(Duration batchWait) {
      if (batchWait == null || batchWait.toMillis() < 1) {
        throw new IllegalArgumentException(
            "flowpool.amqp.consumer.batch-wait must be at least 1ms");
      }
      this.batchWait = batchWait;
    }

    public void setPrefetch(int prefetch) {
      this.prefetch = prefetch;
    }
  }

  /** View rebuild: platforms ask, process applications re-publish their event stores. */
  public static class Rebuild {

    /**
     * Take part in view rebuilds: a platform node offers the request endpoint, a process
     * application with an outbox listens on its own rebuild queue.
     */
    private boolean enabled = true;

    /**
     * Fanout exchange of rebuild requests; each process application's queue is named {@code
     * <exchange>.<applicationName>}.
     */
    private String exchange = "flowpool.view-rebuild";

    /**
     * Pause before a replica that cannot reset the outbox (another replica holds its token claim)
     * hands a request on to the application's rebuild queue again.
     */
    private Duration handOnPause = Duration.ofSeconds(1);

    /**
     * Hops after which a request nobody could serve is logged as an error and dropped; times {@link
     * #handOnPause} it should outlast Axon's token claim timeout (10 s by default), so that a
     * crashed replica's claim expires and another one takes over first.
     */
    private int handOnLimit = 100;

    public Duration getHandOnPause() {
      return handOnPause;
    }

    public void setHandOnPause(Duration handOnPause) {
      if (handOnPause == null || handOnPause.isNegative()) {
        throw new IllegalArgumentException(
            "flowpool.amqp.rebuild.hand-on-pause must not be negative");
      }
      this.handOnPause = handOnPause;
    }

    public int getHandOnLimit() {
      return handOnLimit;
    }

    public void setHandOnLimit(int handOnLimit) {
      if (handOnLimit < 0) {
        throw new IllegalArgumentException(
            "flowpool.amqp.rebuild.hand-on-limit must not be negative");
      }
      this.handOnLimit = handOnLimit;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getExchange() {
      return exchange;
    }

    public void setExchange(String exchange) {
      this.exchange = exchange;
    }
  }

  /**
   * The view changes a platform node projected, broadcast to the other platform nodes for their
   * live subscriptions (best-effort).
   */
  public static class ViewChanges {

    /**
     * Share view changes between platform nodes: the projecting node broadcasts what it committed,
     * every node hands what the others broadcast to its live subscriptions.
     */
    private boolean enabled = true;

    /**
     * Fanout exchange of the view changes; each running node binds a queue of its own named {@code
     * <exchange>.<nodeId>} (exclusive, auto-delete).
     */
    private String exchange = "flowpool.view-changes";

    /**
     * Lists of committed changes that may wait for the broadcasting thread; beyond, new lists are
     * dropped (counted, logged) so that the projection never waits for RabbitMQ.
     */
    private int bufferSize = 1000;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getExchange() {
      return exchange;
    }

    public void setExchange(String exchange) {
      this.exchange = exchange;
    }

    public int getBufferSize() {
      return bufferSize;
    }

    public void setBufferSize(int bufferSize) {
      if (bufferSize < 1) {
        throw new IllegalArgumentException(
            "flowpool.amqp.view-changes.buffer-size must be at least 1");
      }
      this.bufferSize = bufferSize;
    }
  }

  public String getEventsExchange() {
    return eventsExchange;
  }

  public void setEventsExchange(String eventsExchange) {
    this.eventsExchange = eventsExchange;
  }

  public String getViewQueue() {
    return viewQueue;
  }

  public void setViewQueue(String viewQueue) {
    this.viewQueue = viewQueue;
  }

  public int getDeliveryLimit() {
    return deliveryLimit;
  }

  public void setDeliveryLimit(int deliveryLimit) {
    this.deliveryLimit = deliveryLimit;
  }

  public String getDeadLetterExchange() {
    return deadLetterExchange;
  }

  public void setDeadLetterExchange(String deadLetterExchange) {
    this.deadLetterExchange = deadLetterExchange;
  }

  public String getDeadLetterQueue() {
    return deadLetterQueue;
  }

  public void setDeadLetterQueue(String deadLetterQueue) {
    this.deadLetterQueue = deadLetterQueue;
  }

  public boolean isDeclareTopology() {
    return declareTopology;
  }

  public void setDeclareTopology(boolean declareTopology) {
    this.declareTopology = declareTopology;
  }

  public Outbox getOutbox() {
    return outbox;
  }

  public Consumer getConsumer() {
    return consumer;
  }

  public Rebuild getRebuild() {
    return rebuild;
  }

  public ViewChanges getViewChanges() {
    return viewChanges;
  }
}
