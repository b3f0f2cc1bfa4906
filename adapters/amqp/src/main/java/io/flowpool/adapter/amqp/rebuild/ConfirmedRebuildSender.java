package io.flowpool.adapter.amqp.rebuild;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Sends a rebuild request as a mandatory message and waits for the broker's confirm. */
class ConfirmedRebuildSender {

  private final RabbitTemplate template;
  private final Duration confirmTimeout;

  /**
   * @param template a template on a connection factory with correlated publisher confirms
   */
  ConfirmedRebuildSender(RabbitTemplate template, Duration confirmTimeout) {
    this.template = template;
    this.confirmTimeout = confirmTimeout;
    template.setMandatory(true);
    // A return is read from the CorrelationData of its publish; nothing else to call back.
    template.setReturnsCallback(returned -> {});
  }

  /**
   * Sends and waits for the confirm.
   *
   * @return whether the broker routed the message to a queue (false: it was returned)
   * @throws ViewRebuildException without confirms, or if the broker refused or did not confirm in
   *     time
   */
  boolean send(String exchange, String routingKey, Message message) {
    if (!template.getConnectionFactory().isPublisherConfirms()) {
      throw new ViewRebuildException(
          "Rebuild requests need publisher confirms: set spring.rabbitmq.publisher-confirm-type=correlated");
    }
    CorrelationData correlation =
        new CorrelationData(message.getMessageProperties().getMessageId());
    template.send(exchange, routingKey, message, correlation);
    awaitConfirm(correlation);
    return correlation.getReturned() == null;
  }

  private void awaitConfirm(CorrelationData correlation) {
    try {
      CorrelationData.Confirm confirm =
          correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!confirm.isAck()) {
        throw new ViewRebuildException(
            "Broker refused the rebuild request: " + confirm.getReason());
      }
    } catch (TimeoutException | ExecutionException e) {
      throw new ViewRebuildException("No confirm for the rebuild request in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ViewRebuildException("Interrupted sending the rebuild request", e);
    }
  }
}
