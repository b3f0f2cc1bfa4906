package io.flowpool.adapter.amqp.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.adapter.amqp.outbox.OutboxReplay;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;

/**
 * A process application's answer to a rebuild request: the outbox starts over from the first stored
 * event. The message is acknowledged once the replay started; if the reset fails, it is returned
 * and tried again up to the queue's delivery limit.
 */
public class ViewRebuildListener implements MessageListener {

  private static final Logger LOG = LoggerFactory.getLogger(ViewRebuildListener.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutboxReplay replay;

  public ViewRebuildListener(OutboxReplay replay) {
    this.replay = replay;
  }

  @Override
  public void onMessage(Message message) {
    LOG.info("View rebuild requested ({}): re-publishing the event store", describe(message));
    replay.start();
  }

  /** Who asked and when, for the log; a body we cannot read still triggers the replay. */
  private static String describe(Message message) {
    try {
      JsonNode request = JSON.readTree(message.getBody());
      return request.path("requestId").asText()
          + " by "
          + request.path("requestedBy").asText()
          + " at "
          + request.path("requestedAt").asText();
    } catch (IOException e) {
      return message.getMessageProperties().getMessageId();
    }
  }
}
