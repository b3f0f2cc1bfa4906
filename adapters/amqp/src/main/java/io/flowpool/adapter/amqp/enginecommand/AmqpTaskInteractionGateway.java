package io.flowpool.adapter.amqp.enginecommand;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.view.port.out.TaskInteractionGateway;
import java.time.Duration;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.core.AmqpMessageReturnedException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;

/**
 * Platform side of engine commands: publishes the command to the engine-command exchange with the
 * owner's application name as routing key and waits for the owner's reply (direct reply-to).
 *
 * <p>The request is mandatory, so a name no application listens for is refused at once with {@code
 * ENGINE_UNKNOWN}. Its expiration equals the reply timeout: a command that waited in the queue
 * while its engine was down is dropped by the broker instead of being applied long after the user
 * was told there was no answer.
 */
public class AmqpTaskInteractionGateway implements TaskInteractionGateway, DisposableBean {

  private final CachingConnectionFactory connectionFactory;
  private final RabbitTemplate template;
  private final EngineCommandCodec codec;
  private final String exchange;
  private final Duration replyTimeout;

  /**
   * @param connectionFactory a connection factory for this gateway alone (it is switched to
   *     publisher returns, which mandatory requests need, and closed with the gateway)
   */
  public AmqpTaskInteractionGateway(
      CachingConnectionFactory connectionFactory,
      EngineCommandCodec codec,
      String exchange,
      Duration replyTimeout) {
    this.connectionFactory = connectionFactory;
    this.codec = codec;
    this.exchange = exchange;
    this.replyTimeout = replyTimeout;
    connectionFactory.setPublisherReturns(true);
    this.template = new RabbitTemplate(connectionFactory);
    template.setMandatory(true);
    template.setReplyTimeout(replyTimeout.toMillis());
  }

  @Override
  public void send(InteractionTaskCommand command, SourceReference owner) {
    String application = owner.applicationName();
    Message request = codec.commandMessage(command);
    request.getMessageProperties().setExpiration(Long.toString(replyTimeout.toMillis()));
    Message response;
    try {
      response = template.sendAndReceive(exchange, application, request);
    } catch (AmqpMessageReturnedException unroutable) {
      throw new EngineCommandRefusedException(
          EngineCommandRefusedException.ENGINE_UNKNOWN,
          "no application named " + application + " receives engine commands");
    } catch (AmqpConnectException brokerDown) {
      throw new EngineCommandRefusedException(
          EngineCommandRefusedException.ENGINE_UNAVAILABLE,
          "cannot reach the message broker to send the command to "
              + application
              + "; the command was not sent");
    }
    if (response == null) {
      throw new EngineCommandRefusedException(
          EngineCommandRefusedException.ENGINE_UNAVAILABLE,
          "no answer from "
              + application
              + " within "
              + readable(replyTimeout)
              + "; the command may still be applied");
    }
    EngineCommandReply reply = codec.reply(response);
    if (reply.outcome() != EngineCommandReply.Outcome.ACCEPTED) {
      throw new EngineCommandRefusedException(
          reply.reason() == null ? EngineCommandRefusedException.ENGINE_ERROR : reply.reason(),
          reply.message() == null ? application + " refused the command" : reply.message());
    }
  }

  @Override
  public void destroy() {
    template.destroy();
    connectionFactory.destroy();
  }

  private static String readable(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
