package io.flowpool.adapter.amqp.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Names and arguments of the event topology, and the switches of the outbox and the consumer. */
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

  /** The forwarder from the event store to the events exchange (process applications). */
  public static class Outbox {

    /** Forward stored events; active only where an Axon event store exists. */
    private boolean enabled = true;

    /** How long a batch waits for its publisher confirms before it rolls back and retries. */
    private Duration confirmTimeout = Duration.ofSeconds(10);

    /** Events per batch (one unit of work, one token update, confirms awaited together). */
    private int batchSize = 100;

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

    /** Unacknowledged messages RabbitMQ hands to one consumer at a time. */
    private int prefetch = 50;

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

    public void setPrefetch(int prefetch) {
      this.prefetch = prefetch;
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
}
