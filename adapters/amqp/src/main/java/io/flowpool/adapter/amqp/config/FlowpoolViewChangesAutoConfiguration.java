package io.flowpool.adapter.amqp.config;

import io.flowpool.adapter.amqp.viewchange.NodeId;
import io.flowpool.adapter.amqp.viewchange.ViewChangeBroadcaster;
import io.flowpool.adapter.amqp.viewchange.ViewChangeCodec;
import io.flowpool.adapter.amqp.viewchange.ViewChangeReceiver;
import io.flowpool.adapter.amqp.viewchange.ViewChangeTopology;
import io.flowpool.view.model.ViewChange;
import io.flowpool.view.port.in.ProjectEventUseCase;
import io.flowpool.view.port.out.ViewUpdateListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Live subscriptions on every platform node (where the view's projection exists): only the node
 * that holds the view queue's single active consumer projects, so it broadcasts each committed list
 * of changes ({@link ViewChangeBroadcaster}, a {@link ViewUpdateListener} for the projection), and
 * every node hands the lists the others broadcast to its own live subscriptions ({@link
 * ViewChangeReceiver}).
 *
 * <p>The local subscriptions are the application's other {@link ViewUpdateListener} beans; the
 * application makes the broadcaster a listener of its projection beside them.
 */
@AutoConfiguration(after = FlowpoolAmqpAutoConfiguration.class)
@ConditionalOnBean({ProjectEventUseCase.class, ConnectionFactory.class})
@ConditionalOnProperty(
    name = "flowpool.amqp.view-changes.enabled",
    havingValue = "true",
    matchIfMissing = true)
public class FlowpoolViewChangesAutoConfiguration {

  /** Prefetch of the node's queue: enough to keep the receiver busy, little to lose on a crash. */
  private static final int PREFETCH = 50;

  @Bean
  NodeId flowpoolNodeId() {
    return NodeId.random();
  }

  @Bean
  ViewChangeTopology flowpoolViewChangeTopology(FlowpoolAmqpProperties properties) {
    return new ViewChangeTopology(properties.getViewChanges().getExchange());
  }

  @Bean
  ViewChangeCodec flowpoolViewChangeCodec() {
    return new ViewChangeCodec();
  }

  /**
   * The node's queue is its own (no definitions file can know its name), so it is declared even
   * where an operator owns the rest of the topology; the exchange comes with it (idempotent) so
   * that the binding never points at a missing exchange.
   */
  @Bean
  Declarables flowpoolViewChangeQueue(ViewChangeTopology topology, NodeId node) {
    return topology.forNode(node);
  }

  @Bean
  ViewChangeBroadcaster flowpoolViewChangeBroadcaster(
      ConnectionFactory connectionFactory,
      ViewChangeTopology topology,
      ViewChangeCodec codec,
      NodeId node,
      FlowpoolAmqpProperties properties,
      ObjectProvider<MeterRegistry> meterRegistry) {
    RabbitTemplate template = new RabbitTemplate(connectionFactory);
    // RabbitMQ blocks a connection that publishes while it is short of memory or disk: on the
    // node's main connection that would hold up the view consumer's acks too.
    template.setUsePublisherConnection(true);
    return new ViewChangeBroadcaster(
            template,
            topology.exchange(),
            codec,
            node,
            properties.getViewChanges().getBufferSize(),
            Meters.registry(meterRegistry))
        .start();
  }

  @Bean
  SimpleMessageListenerContainer flowpoolViewChangeListenerContainer(
      ConnectionFactory connectionFactory,
      ViewChangeTopology topology,
      ViewChangeCodec codec,
      NodeId node,
      ObjectProvider<ViewUpdateListener> listeners,
      ObjectProvider<MeterRegistry> meterRegistry) {
    List<ViewUpdateListener> localSubscriptions =
        listeners
            .orderedStream()
            .filter(listener -> !(listener instanceof ViewChangeBroadcaster))
            .toList();
    SimpleMessageListenerContainer container =
        new SimpleMessageListenerContainer(connectionFactory);
    container.setQueueNames(topology.queueFor(node));
    // the receiver settles every message itself (delivered or dropped): never a requeue loop
    container.setAcknowledgeMode(AcknowledgeMode.AUTO);
    container.setDefaultRequeueRejected(false);
    container.setPrefetchCount(PREFETCH);
    // one consumer: the lists reach the subscriptions in the order they were broadcast
    container.setConcurrentConsumers(1);
    container.setMessageListener(
        new ViewChangeReceiver(
            node,
            codec,
            (List<ViewChange> changes) -> localSubscriptions.forEach(l -> l.onChanges(changes)),
            Meters.registry(meterRegistry)));
    return container;
  }
}
