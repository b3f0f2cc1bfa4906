package io.flowpool.adapter.amqp.consumer;

import com.rabbitmq.client.Channel;
import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.port.in.ProjectEventUseCase;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

/**
 * Feeds the view queue into the view's projection and acknowledges a message only after the
 * projection (and with it the view's transaction) has returned. A failing projection returns the
 * message to the queue, which counts the delivery and dead-letters it at the limit; a message that
 * can never be read is dead-lettered at once. Either way the next messages keep flowing.
 */
public class ViewEventListener implements ChannelAwareMessageListener {

  private static final Logger LOG = LoggerFactory.getLogger(ViewEventListener.class);

  private final ViewEventReader reader;
  private final ProjectEventUseCase projection;
  private final Duration redeliveryDelay;
  private final int deliveryLimit;
  private final ViewMetrics metrics;

  /**
   * @param deliveryLimit the view queue's {@code x-delivery-limit}, to tell a retry from the last
   *     return before the queue dead-letters the message (for the metrics only)
   */
  public ViewEventListener(
      ViewEventReader reader,
      ProjectEventUseCase projection,
      Duration redeliveryDelay,
      int deliveryLimit,
      ViewMetrics metrics) {
    this.reader = reader;
    this.projection = projection;
    this.redeliveryDelay = redeliveryDelay;
    this.deliveryLimit = deliveryLimit;
    this.metrics = metrics;
  }

  @Override
  public void onMessage(Message message, Channel channel) throws IOException {
    ViewEvent<?> event;
    try {
      event = reader.read(message);
    } catch (UnreadableEventException e) {
      rejectUnreadable(message, channel, e);
      return;
    }
    project(message, event, channel);
  }

  /** Dead-letters a message that can never be read, at once. */
  void rejectUnreadable(Message message, Channel channel, UnreadableEventException e)
      throws IOException {
    LOG.error("Dead-lettering unreadable message {}: {}", describe(message), e.getMessage());
    channel.basicReject(message.getMessageProperties().getDeliveryTag(), false);
    metrics.unreadable();
  }

  /**
   * Projects one read message in a transaction of its own and acks it once that committed; a
   * failure returns it to the queue after the redelivery delay.
   */
  void project(Message message, ViewEvent<?> event, Channel channel) throws IOException {
    long tag = message.getMessageProperties().getDeliveryTag();
    try {
      projection.project(event);
    } catch (RuntimeException e) {
      long failedBefore = deliveryCount(message);
      LOG.warn(
          "Projection of {} #{} failed (delivery {}), returning it to the queue: {}",
          event.aggregateId(),
          event.sequenceNumber(),
          failedBefore,
          e.toString());
      pause();
      channel.basicReject(tag, true);
      // The quorum queue dead-letters a message returned more often than its delivery limit.
      if (failedBefore + 1 > deliveryLimit) {
        metrics.exhausted();
      } else {
        metrics.retried();
      }
      return;
    }
    channel.basicAck(tag, false);
    metrics.projected(event);
  }

  /** How often the quorum queue saw this message returned before (its x-delivery-count). */
  private static long deliveryCount(Message message) {
    Object count = message.getMessageProperties().getHeaders().get("x-delivery-count");
    return count instanceof Number number ? number.longValue() : 0;
  }

  private void pause() {
    try {
      Thread.sleep(redeliveryDelay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String describe(Message message) {
    return message.getMessageProperties().getMessageId()
        + " ("
        + message.getMessageProperties().getReceivedRoutingKey()
        + ")";
  }
}
