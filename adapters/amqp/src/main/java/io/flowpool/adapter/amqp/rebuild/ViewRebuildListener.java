package io.flowpool.adapter.amqp.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.adapter.amqp.outbox.OutboxClaimedElsewhereException;
import io.flowpool.adapter.amqp.outbox.OutboxReplay;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;

/**
 * A process application's answer to a rebuild request: the outbox starts over from the first stored
 * event. The message is acknowledged once the replay started. On a replica that cannot reset the
 * outbox because another replica holds its token claim, the request is handed on to the queue again
 * ({@link ViewRebuildHandOn}) and the original acknowledged; if the reset fails for another reason,
 * the request is returned and tried again up to the queue's delivery limit.
 */
public class ViewRebuildListener implements MessageListener {

  private static final Logger LOG = LoggerFactory.getLogger(ViewRebuildListener.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutboxReplay replay;
  private final ViewRebuildHandOn handOn;
  private final ViewRebuildOutcomes outcomes;

  public ViewRebuildListener(
      OutboxReplay replay, ViewRebuildHandOn handOn, ViewRebuildOutcomes outcomes) {
    this.replay = replay;
    this.handOn = handOn;
    this.outcomes = outcomes;
  }

  @Override
  public void onMessage(Message message) {
    String request = describe(message);
    try {
      replay.start();
    } catch (OutboxClaimedElsewhereException e) {
      handOn.handOn(message, request);
      return;
    } catch (RuntimeException e) {
      outcomes.failed();
      LOG.warn(
          "View rebuild request {} failed, it goes back to the queue: {}", request, e.toString());
      throw e;
    }
    outcomes.replayed();
    LOG.info(
        "View rebuild requested ({}, handed on {} times): re-publishing the event store",
        request,
        ViewRebuildHandOn.hopsOf(message));
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
