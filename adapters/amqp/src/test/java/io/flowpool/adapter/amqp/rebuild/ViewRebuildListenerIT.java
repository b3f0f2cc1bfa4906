package io.flowpool.adapter.amqp.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.adapter.amqp.outbox.OutboxClaimedElsewhereException;
import io.flowpool.adapter.amqp.outbox.OutboxReplay;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A rebuild request whose hand-on fails (the real broker returns the copy: its queue does not
 * exist) or whose reset fails: each failure is counted, and the one on the last delivery the queue
 * allows (its x-delivery-count at the delivery limit) is logged as an error and counted as dropped.
 * The deliveries are built here, so that the count is exact; the queue's own counting is what
 * ViewConsumerIT shows for the view queue.
 */
@ExtendWith(OutputCaptureExtension.class)
class ViewRebuildListenerIT {

  private static final String REQUEST_ID = "req-" + RabbitTestBroker.uniqueName("last");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ViewRebuildOutcomes outcomes = new ViewRebuildOutcomes(registry);
  private CachingConnectionFactory broker;
  private ViewRebuildHandOn handOn;

  @BeforeEach
  void setUp() {
    broker = RabbitTestBroker.connectionFactory();
    // a queue nobody declared: the mandatory copy comes back unrouted
    handOn =
        new ViewRebuildHandOn(
            new RabbitTemplate(broker),
            Duration.ofSeconds(10),
            RabbitTestBroker.uniqueName("flowpool.test.rebuild-gone"),
            Duration.ZERO,
            5,
            outcomes);
  }

  @AfterEach
  void tearDown() {
    broker.destroy();
  }

  @Test
  void a_hand_on_that_fails_on_the_last_delivery_is_counted_as_dropped_with_an_error(
      CapturedOutput output) {
    ViewRebuildListener listener = new ViewRebuildListener(claimedElsewhere(), handOn, outcomes);

    assertThatThrownBy(() -> listener.onMessage(request(ViewRebuildTopology.DELIVERY_LIMIT)))
        .isInstanceOf(ViewRebuildException.class)
        .hasMessageContaining("is gone");

    assertThat(count("failed")).isEqualTo(1);
    assertThat(count("dropped")).isEqualTo(1);
    assertThat(count("handed-on")).isZero();
    assertThat(output.getOut() + output.getErr())
        .containsPattern(
            "ERROR.*View rebuild request " + REQUEST_ID + " .*dropped: it could not be handed on");
  }

  @Test
  void a_hand_on_that_fails_before_the_last_delivery_is_counted_as_failed_and_goes_back(
      CapturedOutput output) {
    ViewRebuildListener listener = new ViewRebuildListener(claimedElsewhere(), handOn, outcomes);

    assertThatThrownBy(() -> listener.onMessage(request(ViewRebuildTopology.DELIVERY_LIMIT - 1)))
        .isInstanceOf(ViewRebuildException.class);
    assertThatThrownBy(() -> listener.onMessage(request(null)))
        .isInstanceOf(ViewRebuildException.class);

    assertThat(count("failed")).isEqualTo(2);
    assertThat(count("dropped")).isZero();
    assertThat(output.getOut() + output.getErr())
        .containsPattern("WARN.*View rebuild request " + REQUEST_ID + " .*goes back to the queue")
        .doesNotContainPattern("ERROR.*View rebuild request " + REQUEST_ID);
  }

  @Test
  void a_reset_that_fails_on_the_last_delivery_is_counted_as_dropped_with_an_error(
      CapturedOutput output) {
    ViewRebuildListener listener = new ViewRebuildListener(resetFails(), handOn, outcomes);

    assertThatThrownBy(() -> listener.onMessage(request(ViewRebuildTopology.DELIVERY_LIMIT)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(count("failed")).isEqualTo(1);
    assertThat(count("dropped")).isEqualTo(1);
    assertThat(output.getOut() + output.getErr())
        .containsPattern("ERROR.*View rebuild request " + REQUEST_ID + " .*dropped: it failed");
  }

  /** A request as the platform sends it, delivered after {@code returnsBefore} returns. */
  private static Message request(Integer returnsBefore) {
    Message message =
        MessageBuilder.withBody(
                ("{\"requestId\":\""
                        + REQUEST_ID
                        + "\",\"requestedBy\":\"test-platform\","
                        + "\"requestedAt\":\"2026-03-02T09:15:00Z\"}")
                    .getBytes(StandardCharsets.UTF_8))
            .setContentType("application/json")
            .setMessageId(REQUEST_ID)
            .build();
    if (returnsBefore != null) {
      // the broker's client hands header numbers over as Long
      message.getMessageProperties().setHeader("x-delivery-count", returnsBefore.longValue());
    }
    return message;
  }

  /** This replica's outbox is claimed by another one: the listener hands the request on. */
  private static OutboxReplay claimedElsewhere() {
    return new OutboxReplay(null) {
      @Override
      public synchronized void start() {
        throw new OutboxClaimedElsewhereException("another replica holds the claim (test)", null);
      }
    };
  }

  private static OutboxReplay resetFails() {
    return new OutboxReplay(null) {
      @Override
      public synchronized void start() {
        throw new IllegalStateException("the token store refuses the reset (test)");
      }
    };
  }

  private double count(String outcome) {
    return registry.get(ViewRebuildOutcomes.METER).tag("outcome", outcome).counter().count();
  }
}
