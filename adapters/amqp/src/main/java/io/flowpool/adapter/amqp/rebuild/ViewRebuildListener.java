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
 * ({@link ViewRebuildHandOn}) and the original acknowledged. If the reset fails for another reason,
 * or the hand-on copy is not confirmed, the request is returned and tried again up to the queue's
 * delivery limit; the failure that uses the last delivery is logged as an error and counted as
 * {@code dropped}.
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
    } catch (OutboxClaimedElsewhereException claimedElsewhere) {
      handOn(message, request);
      return;
    } catch (RuntimeException e) {
      throw failed(message, request, "failed", e);
    }
    outcomes.replayed();
    LOG.info(
        "View rebuild requested ({}, handed on {} times): re-publishing the event store",
        request,
        ViewRebuildHandOn.hopsOf(message));
  }

  private void handOn(Message message, String request) {
    try {
      handOn.handOn(message, request);
    } catch (RuntimeException e) {
      throw failed(message, request, "could not be handed on", e);
    }
  }

  /**
   * Counts a failure and returns it to be thrown: the container then returns the request to the
   * queue. On its last delivery the queue drops it instead, so that is logged as an error and
   * counted as dropped (the queue has no dead letters).
   */
  private RuntimeException failed(
      Message message, String request, String what, RuntimeException failure) {
    outcomes.failed();
    long delivery = deliveryCount(message);
    if (delivery >= ViewRebuildTopology.DELIVERY_LIMIT) {
      outcomes.dropped();
      LOG.error(
          "View rebuild request {} dropped: it {} on the last delivery the queue allows ({}"
              + " returns before): {}. Send a new request once the cause is fixed.",
          request,
          what,
          delivery,
          failure.toString());
    } else {
      LOG.warn(
          "View rebuild request {} {} (returned {} times before), it goes back to the queue: {}",
          request,
          what,
          delivery,
          failure.toString());
    }
    return failure;
  }

  /**
   * How often the quorum queue saw this request returned before (its x-delivery-count); the
   * delivery that finds it at the delivery limit is the last, its return makes the queue drop it.
   */
  private static long deliveryCount(Message message) {
    Object count = message.getMessageProperties().getHeaders().get("x-delivery-count");
    return count instanceof Number number ? number.longValue() : 0;
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
