package io.flowpool.adapter.amqp.viewchange;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;

/**
 * Where the view changes of the platform nodes travel: a durable fanout exchange, and per running
 * node a queue of its own bound to it ({@code <exchange>.<nodeId>}): not durable, exclusive to the
 * node's connection and deleted with it. Nothing waits for a node that is gone: a node that
 * (re)connects shows its clients the current view when they (re)subscribe.
 *
 * @param exchange the fanout exchange the projecting node publishes to
 */
public record ViewChangeTopology(String exchange) {

  /**
   * Change lists a node's queue holds at most; beyond, the oldest go (a node that far behind shows
   * stale updates anyway, and its clients get the current view when they reconnect).
   */
  static final int QUEUE_LENGTH_LIMIT = 10_000;

  /** The queue of one node. */
  public String queueFor(NodeId node) {
    return exchange + "." + node.value();
  }

  /**
   * The exchange, the node's queue and their binding. The queue's name is chosen here (not by the
   * server) so that it stays the same when the connection recovers and matches the {@code
   * flowpool.*} permissions of the platform's RabbitMQ user.
   */
  public Declarables forNode(NodeId node) {
    FanoutExchange fanout = new FanoutExchange(exchange, true, false);
    Queue queue =
        QueueBuilder.nonDurable(queueFor(node))
            .exclusive()
            .autoDelete()
            .maxLength(QUEUE_LENGTH_LIMIT)
            .build();
    return new Declarables(fanout, queue, BindingBuilder.bind(queue).to(fanout));
  }
}
