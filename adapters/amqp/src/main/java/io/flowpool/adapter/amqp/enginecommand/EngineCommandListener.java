package io.flowpool.adapter.amqp.enginecommand;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.InvalidValueException;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;
import org.springframework.amqp.rabbit.support.MessagePropertiesConverter;

/**
 * Process application side of engine commands: reads a command from this application's queue, hands
 * it to the deciders and answers the sender. Every outcome is an answer; nothing is requeued, and
 * the message is acknowledged only after the reply is published.
 */
public class EngineCommandListener implements ChannelAwareMessageListener {

  private static final Logger LOG = LoggerFactory.getLogger(EngineCommandListener.class);

  private final TaskpoolCommandDispatcher dispatcher;
  private final EngineCommandCodec codec;
  private final String applicationName;
  private final MessagePropertiesConverter propertiesConverter =
      new DefaultMessagePropertiesConverter();

  public EngineCommandListener(
      TaskpoolCommandDispatcher dispatcher, EngineCommandCodec codec, String applicationName) {
    this.dispatcher = dispatcher;
    this.codec = codec;
    this.applicationName = applicationName;
  }

  @Override
  public void onMessage(Message message, Channel channel) throws IOException {
    long deliveryTag = message.getMessageProperties().getDeliveryTag();
    try {
      answer(message, handle(message), channel);
    } finally {
      channel.basicAck(deliveryTag, false);
    }
  }

  /** Applies the command and says how it went. */
  EngineCommandReply handle(Message message) {
    try {
      InteractionTaskCommand command = codec.command(message);
      dispatcher.dispatch(command);
      LOG.debug("Accepted {}", command);
      return EngineCommandReply.accepted();
    } catch (CommandRefusedException refused) {
      LOG.debug("Refused engine command: {} {}", refused.reason(), refused.getMessage());
      return EngineCommandReply.refused(refused.reason(), refused.getMessage());
    } catch (InvalidValueException invalid) {
      return EngineCommandReply.refused(
          EngineCommandRefusedException.INVALID_COMMAND, invalid.getMessage());
    } catch (RuntimeException failure) {
      // The sender sees a generic message: stack traces and internals stay in this log.
      LOG.error("Engine command failed in {}", applicationName, failure);
      return EngineCommandReply.refused(
          EngineCommandRefusedException.ENGINE_ERROR,
          applicationName + " failed to apply the command; its log has the details");
    }
  }

  private void answer(Message request, EngineCommandReply reply, Channel channel)
      throws IOException {
    String replyTo = request.getMessageProperties().getReplyTo();
    if (replyTo == null || replyTo.isBlank()) {
      return;
    }
    Message response = codec.replyMessage(reply);
    response
        .getMessageProperties()
        .setCorrelationId(request.getMessageProperties().getCorrelationId());
    AMQP.BasicProperties properties =
        propertiesConverter.fromMessageProperties(
            response.getMessageProperties(), StandardCharsets.UTF_8.name());
    channel.basicPublish("", replyTo, false, properties, response.getBody());
  }
}
