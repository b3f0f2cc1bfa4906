package io.flowpool.adapter.amqp.enginecommand;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of engine commands over RabbitMQ ({@code flowpool.amqp.engine-commands.*}). */
@ConfigurationProperties(prefix = "flowpool.amqp.engine-commands")
public class EngineCommandProperties {

  /** Direct exchange the platform publishes engine commands to, keyed by application name. */
  private String exchange = "flowpool.engine-commands";

  /** Each process application consumes from {@code <queue-prefix>.<application name>}. */
  private String queuePrefix = "flowpool.engine-commands";

  /**
   * How long the platform waits for the owner's answer; also the command's time to live in the
   * queue, so a command nobody answered in time is dropped, not applied later.
   */
  private Duration replyTimeout = Duration.ofSeconds(10);

  /**
   * How often a command is delivered again after its consumer died while handling it (quorum queue
   * {@code x-delivery-limit}); after that it is dropped.
   */
  private int deliveryLimit = 3;

  private final Gateway gateway = new Gateway();

  private final Listener listener = new Listener();

  public String getExchange() {
    return exchange;
  }

  public void setExchange(String exchange) {
    this.exchange = exchange;
  }

  public String getQueuePrefix() {
    return queuePrefix;
  }

  public void setQueuePrefix(String queuePrefix) {
    this.queuePrefix = queuePrefix;
  }

  public Duration getReplyTimeout() {
    return replyTimeout;
  }

  public void setReplyTimeout(Duration replyTimeout) {
    this.replyTimeout = replyTimeout;
  }

  public int getDeliveryLimit() {
    return deliveryLimit;
  }

  public void setDeliveryLimit(int deliveryLimit) {
    this.deliveryLimit = deliveryLimit;
  }

  public Gateway getGateway() {
    return gateway;
  }

  public Listener getListener() {
    return listener;
  }

  /** The queue a process application with this name consumes from. */
  public String queueFor(String applicationName) {
    return queuePrefix + "." + applicationName;
  }

  /** Platform side: send the tasklist's actions over RabbitMQ. */
  public static class Gateway {

    /** Whether the platform's TaskInteractionGateway is the RabbitMQ one. */
    private boolean enabled = false;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** Process application side: consume this application's engine commands. */
  public static class Listener {

    /** Whether to consume engine commands (needs a TaskpoolCommandDispatcher bean). */
    private boolean enabled = true;

    /** Commands handled at the same time. */
    private int concurrency = 1;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getConcurrency() {
      return concurrency;
    }

    public void setConcurrency(int concurrency) {
      this.concurrency = concurrency;
    }
  }
}
