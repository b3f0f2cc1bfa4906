package io.flowpool.adapter.amqp.rebuild;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Hands a rebuild request on to the replica that holds the outbox's token claim: after a short
 * pause the same request goes to the end of the application's rebuild queue as a new message (so
 * the queue's delivery limit does not count the hop), with the hop count in a header; the caller
 * then acknowledges the original. The replicas share the queue, so the claim's holder gets it on a
 * later delivery. A request handed on {@code hopLimit} times is logged as an error and dropped: the
 * limit times the pause is meant to outlast the token store's claim timeout, after which a crashed
 * holder's claim expires and a living replica takes it over.
 */
public class ViewRebuildHandOn {

  /** How often a request has been handed on; absent on the platform's original. */
  public static final String HOPS_HEADER = "flowpool-rebuild-hops";

  private static final Logger LOG = LoggerFactory.getLogger(ViewRebuildHandOn.class);

  private final ConfirmedRebuildSender sender;
  private final String queue;
  private final Duration pause;
  private final int hopLimit;
  private final ViewRebuildOutcomes outcomes;

  /**
   * @param template a template on a connection factory with correlated publisher confirms
   * @param queue the application's rebuild queue (published to through the default exchange)
   */
  public ViewRebuildHandOn(
      RabbitTemplate template,
      Duration confirmTimeout,
      String queue,
      Duration pause,
      int hopLimit,
      ViewRebuildOutcomes outcomes) {
    this.sender = new ConfirmedRebuildSender(template, confirmTimeout);
    this.queue = queue;
    this.pause = pause;
    this.hopLimit = hopLimit;
    this.outcomes = outcomes;
  }

  /**
   * Puts the request back as a new message, or drops it after {@code hopLimit} hops. Returns once
   * the broker confirmed the copy: only then may the original be acknowledged.
   *
   * @param request the request's id and sender, for the log
   * @throws ViewRebuildException if the copy could not be sent (the original goes back instead)
   */
  void handOn(Message message, String request) {
    int hops = hopsOf(message);
    if (hops >= hopLimit) {
      outcomes.dropped();
      LOG.error(
          "View rebuild request {} dropped: handed on {} times, and no replica of this application"
              + " could reset its outbox (the token claim stayed with a replica that does not take"
              + " requests from {}). Check the replicas and send a new request.",
          request,
          hops,
          queue);
      return;
    }
    sleep();
    if (!sender.send("", queue, copy(message, hops + 1))) {
      throw new ViewRebuildException(
          "Cannot hand rebuild request " + request + " on: " + queue + " is gone");
    }
    outcomes.handedOn();
    if (hops == 0) {
      LOG.info(
          "Another replica holds the outbox's token claim: rebuild request {} handed on to it",
          request);
    } else {
      LOG.debug("Rebuild request {} handed on again ({} hops)", request, hops + 1);
    }
  }

  static int hopsOf(Message message) {
    Object hops = message.getMessageProperties().getHeaders().get(HOPS_HEADER);
    return hops instanceof Number number ? number.intValue() : 0;
  }

  /** The request as the platform sent it, without what the broker added on delivery. */
  private static Message copy(Message message, int hops) {
    MessageProperties original = message.getMessageProperties();
    MessageProperties properties = new MessageProperties();
    properties.setContentType(original.getContentType());
    properties.setMessageId(original.getMessageId());
    properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
    original.getHeaders().entrySet().stream()
        .filter(header -> !header.getKey().startsWith("x-"))
        .forEach(header -> properties.setHeader(header.getKey(), header.getValue()));
    properties.setHeader(HOPS_HEADER, hops);
    return new Message(message.getBody(), properties);
  }

  /** Keeps a request nobody can serve from circling through the queue at full speed. */
  private void sleep() {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ViewRebuildException("Interrupted before handing a rebuild request on", e);
    }
  }
}
