package io.flowpool.adapter.amqp.viewchange;

import io.flowpool.view.model.ViewChange;
import io.flowpool.view.port.out.ViewUpdateListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;

/**
 * Hands the view changes that other platform nodes projected to this node's live subscriptions. Its
 * own broadcasts are skipped (the projection told the local subscriptions directly). Nothing is
 * ever returned to the queue: an unreadable message is logged and dropped, and so is a list the
 * subscriptions failed on; live updates are best-effort.
 */
public class ViewChangeReceiver implements MessageListener {

  static final String RECEIVED = "flowpool.view.changes.received";

  private static final Logger LOG = LoggerFactory.getLogger(ViewChangeReceiver.class);

  private final NodeId node;
  private final ViewChangeCodec codec;
  private final ViewUpdateListener localSubscriptions;
  private final Counter delivered;
  private final Counter own;
  private final Counter unreadable;
  private final Counter failed;

  public ViewChangeReceiver(
      NodeId node,
      ViewChangeCodec codec,
      ViewUpdateListener localSubscriptions,
      MeterRegistry meters) {
    this.node = node;
    this.codec = codec;
    this.localSubscriptions = localSubscriptions;
    this.delivered = counter(meters, "delivered");
    this.own = counter(meters, "own");
    this.unreadable = counter(meters, "unreadable");
    this.failed = counter(meters, "failed");
  }

  @Override
  public void onMessage(Message message) {
    String sender = ViewChangeCodec.senderOf(message);
    if (node.value().equals(sender)) {
      own.increment();
      return;
    }
    List<ViewChange> changes;
    try {
      changes = codec.changes(message);
    } catch (UnreadableViewChangesException e) {
      unreadable.increment();
      LOG.error(
          "Dropped an unreadable view-changes message from node {} ({} bytes): {}",
          sender,
          message.getBody().length,
          e.getMessage());
      return;
    }
    try {
      localSubscriptions.onChanges(changes);
      delivered.increment();
    } catch (RuntimeException e) {
      failed.increment();
      LOG.warn(
          "Live subscriptions failed on {} view changes from node {}; dropped: {}",
          changes.size(),
          sender,
          e.toString());
    }
  }

  private static Counter counter(MeterRegistry meters, String outcome) {
    return Counter.builder(RECEIVED)
        .description("View-changes messages from the platform nodes, by outcome")
        .tag("outcome", outcome)
        .register(meters);
  }
}
