package io.flowpool.adapter.amqp.rebuild;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Asks every process application to re-publish its event store, for a view that is empty (a damaged
 * one is emptied first, its progress rows included, or the sequence guard drops what is re-sent):
 * one small JSON message on the rebuild exchange, sent once the broker confirmed it. Remembers the
 * requests this node sent.
 */
public class ViewRebuildRequester {

  private static final Logger LOG = LoggerFactory.getLogger(ViewRebuildRequester.class);
  private static final int REMEMBERED = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConfirmedRebuildSender sender;
  private final String exchange;
  private final String node;
  private final Clock clock;
  private final Deque<ViewRebuildRequest> sent = new ArrayDeque<>();

  /**
   * @param template a template on a connection factory with correlated publisher confirms
   * @param node names this platform node in the requests
   */
  public ViewRebuildRequester(
      RabbitTemplate template, String exchange, String node, Duration confirmTimeout, Clock clock) {
    this.sender = new ConfirmedRebuildSender(template, confirmTimeout);
    this.exchange = exchange;
    this.node = node;
    this.clock = clock;
  }

  /**
   * Sends a request and waits for the broker's confirm.
   *
   * @throws ViewRebuildException if the broker did not confirm in time or refused it
   */
  public ViewRebuildRequest request() {
    String id = UUID.randomUUID().toString();
    Instant at = clock.instant();
    boolean routed = sender.send(exchange, "", message(id, at));
    ViewRebuildRequest request = new ViewRebuildRequest(id, at, node, routed);
    remember(request);
    if (routed) {
      LOG.info("Asked the process applications to re-publish their events ({})", id);
    } else {
      LOG.warn("Rebuild request {} reached no process application: none has its queue yet", id);
    }
    return request;
  }

  /** The requests this node sent, newest first (the last {@value #REMEMBERED}). */
  public synchronized List<ViewRebuildRequest> sent() {
    return List.copyOf(sent);
  }

  private synchronized void remember(ViewRebuildRequest request) {
    sent.addFirst(request);
    while (sent.size() > REMEMBERED) {
      sent.removeLast();
    }
  }

  private Message message(String id, Instant at) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("requestId", id);
    body.put("requestedAt", at.toString());
    body.put("requestedBy", node);
    MessageProperties properties = new MessageProperties();
    properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
    properties.setMessageId(id);
    properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
    try {
      return new Message(JSON.writeValueAsBytes(body), properties);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a rebuild request", e);
    }
  }
}
