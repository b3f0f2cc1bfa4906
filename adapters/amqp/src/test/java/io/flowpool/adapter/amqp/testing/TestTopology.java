package io.flowpool.adapter.amqp.testing;

import io.flowpool.adapter.amqp.rebuild.ViewRebuildTopology;
import io.flowpool.adapter.amqp.topology.EventTopology;
import io.flowpool.adapter.amqp.viewchange.ViewChangeTopology;
import java.util.List;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/** Random topology names for one test class, as properties, and their clean-up. */
public final class TestTopology {

  private final EventTopology topology;
  private final ViewRebuildTopology rebuild;
  private final ViewChangeTopology viewChanges;

  private TestTopology(
      EventTopology topology, ViewRebuildTopology rebuild, ViewChangeTopology viewChanges) {
    this.topology = topology;
    this.rebuild = rebuild;
    this.viewChanges = viewChanges;
  }

  /** Unique names with the given delivery limit. */
  public static TestTopology random(int deliveryLimit) {
    return new TestTopology(
        new EventTopology(
            RabbitTestBroker.uniqueName("test.events"),
            RabbitTestBroker.uniqueName("test.view"),
            deliveryLimit,
            RabbitTestBroker.uniqueName("test.events.dead-letter"),
            RabbitTestBroker.uniqueName("test.view.dead-letter")),
        new ViewRebuildTopology(RabbitTestBroker.uniqueName("test.view-rebuild")),
        new ViewChangeTopology(RabbitTestBroker.uniqueName("test.view-changes")));
  }

  public EventTopology topology() {
    return topology;
  }

  public ViewRebuildTopology rebuild() {
    return rebuild;
  }

  public ViewChangeTopology viewChanges() {
    return viewChanges;
  }

  /** The flowpool.amqp.* properties that make an application use these names. */
  public List<String> properties() {
    return List.of(
        "flowpool.amqp.events-exchange=" + topology.eventsExchange(),
        "flowpool.amqp.view-queue=" + topology.viewQueue(),
        "flowpool.amqp.delivery-limit=" + topology.deliveryLimit(),
        "flowpool.amqp.dead-letter-exchange=" + topology.deadLetterExchange(),
        "flowpool.amqp.dead-letter-queue=" + topology.deadLetterQueue(),
        "flowpool.amqp.rebuild.exchange=" + rebuild.exchange(),
        "flowpool.amqp.view-changes.exchange=" + viewChanges.exchange());
  }

  /**
   * Deletes the queues and exchanges (the rebuild queue of {@link EventMessages#APPLICATION}; the
   * nodes' view-change queues go with their connections).
   */
  public void delete(ConnectionFactory connectionFactory) {
    RabbitAdmin admin = new RabbitAdmin(connectionFactory);
    admin.deleteQueue(topology.viewQueue());
    admin.deleteQueue(topology.deadLetterQueue());
    admin.deleteExchange(topology.eventsExchange());
    admin.deleteExchange(topology.deadLetterExchange());
    admin.deleteQueue(rebuild.queueFor(EventMessages.APPLICATION));
    admin.deleteExchange(rebuild.exchange());
    admin.deleteExchange(viewChanges.exchange());
  }
}
