package io.flowpool.adapter.amqp.consumer;

import com.rabbitmq.client.Channel;
import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.port.in.ProjectEventUseCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareBatchMessageListener;

/**
 * Projects a batch of view-queue messages in one view transaction and acknowledges all of them with
 * one {@code basicAck(multiple)} once it committed: one commit per batch instead of one per event.
 * Unreadable messages are dead-lettered at once and left out. If the batch fails, its messages are
 * projected again one at a time, each in its own transaction ({@link ViewEventListener}), so only a
 * failing message goes back to the queue (and is dead-lettered at its delivery limit) while its
 * neighbours are acked. Nothing is lost by the failed attempt: it rolled back as a whole, and the
 * sequence guard keeps each aggregate's events in order.
 */
public class ViewEventBatchListener implements ChannelAwareBatchMessageListener {

  private static final Logger LOG = LoggerFactory.getLogger(ViewEventBatchListener.class);

  private final ViewEventReader reader;
  private final ProjectEventUseCase projection;
  private final ViewEventListener oneByOne;
  private final ViewMetrics metrics;

  /**
   * @param oneByOne projects single messages and the messages of a failed batch, over the same
   *     reader, projection and metrics
   */
  public ViewEventBatchListener(
      ViewEventReader reader,
      ProjectEventUseCase projection,
      ViewEventListener oneByOne,
      ViewMetrics metrics) {
    this.reader = reader;
    this.projection = projection;
    this.oneByOne = oneByOne;
    this.metrics = metrics;
  }

  @Override
  public void onMessageBatch(List<Message> messages, Channel channel) {
    try {
      handle(messages, channel);
    } catch (IOException e) {
      // The channel is gone: its unacked messages go back to the queue, nothing to undo here.
      throw new UncheckedIOException("Channel failed while settling a batch", e);
    } catch (RuntimeException e) {
      // No message may stay unsettled on a channel that goes on: the next batch's multiple ack
      // would settle it unprojected. Closing the channel returns every unsettled one to the queue.
      abort(channel);
      throw e;
    }
  }

  private static void abort(Channel channel) {
    try {
      channel.abort();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not close the channel after a failed batch: {}", e.toString());
    }
  }

  private void handle(List<Message> messages, Channel channel) throws IOException {
    List<Message> readable = new ArrayList<>(messages.size());
    List<ViewEvent<?>> events = new ArrayList<>(messages.size());
    for (Message message : messages) {
      try {
        events.add(reader.read(message));
        readable.add(message);
      } catch (UnreadableEventException e) {
        oneByOne.rejectUnreadable(message, channel, e);
      }
    }
    if (readable.size() == 1) {
      oneByOne.project(readable.get(0), events.get(0), channel);
      return;
    }
    if (readable.isEmpty()) {
      return;
    }
    try {
      projection.projectAll(events);
    } catch (RuntimeException e) {
      LOG.warn(
          "Projection of a batch of {} events failed, projecting them one at a time: {}",
          events.size(),
          e.toString());
      for (int i = 0; i < readable.size(); i++) {
        oneByOne.project(readable.get(i), events.get(i), channel);
      }
      return;
    }
    // Delivery tags grow along the batch and every earlier message is settled already (earlier
    // batches, unreadable ones), so one multiple ack covers exactly this batch.
    channel.basicAck(lastTag(readable), true);
    events.forEach(metrics::projected);
  }

  private static long lastTag(List<Message> messages) {
    return messages.get(messages.size() - 1).getMessageProperties().getDeliveryTag();
  }
}
