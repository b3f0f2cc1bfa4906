package io.flowpool.adapter.amqp.rebuild;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;

/**
 * Where view-rebuild requests travel: a fanout exchange, and per process application a durable
 * quorum queue bound to it, so that an application that is down when a platform asks gets the
 * request when it starts.
 *
 * @param exchange the fanout exchange platforms publish requests to
 */
public record ViewRebuildTopology(String exchange) {

  /**
   * A request that keeps failing is dropped after this many returns (no dead letters): the delivery
   * whose x-delivery-count has reached it is the last.
   */
  static final int DELIVERY_LIMIT = 5;

  /** The queue of one process application: {@code <exchange>.<applicationName>}. */
  public String queueFor(String applicationName) {
    return exchange + "." + applicationName;
  }

  /** What a platform declares: the exchange. */
  public Declarables exchangeOnly() {
    return new Declarables(fanout());
  }

  /** What a process application declares: the exchange, its queue and their binding. */
  public Declarables forApplication(String applicationName) {
    FanoutExchange fanout = fanout();
    Queue queue =
        QueueBuilder.durable(queueFor(applicationName))
            .quorum()
            .deliveryLimit(DELIVERY_LIMIT)
            .build();
    return new Declarables(fanout, queue, BindingBuilder.bind(queue).to(fanout));
  }

  private FanoutExchange fanout() {
    return new FanoutExchange(exchange, true, false);
  }
}
