package io.flowpool.adapter.amqp.enginecommand;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;

/**
 * Turns engine commands and replies into AMQP messages and back. The command's type travels in the
 * {@value #TYPE_HEADER} header as a simple class name from a fixed list of the five interaction
 * commands: a message never names a class to instantiate.
 */
public final class EngineCommandCodec {

  /** Header naming the command type, e.g. {@code ClaimTaskCommand}. */
  public static final String TYPE_HEADER = "flowpool-command-type";

  private static final Map<String, Class<? extends InteractionTaskCommand>> TYPES =
      Stream.of(
              ClaimTaskCommand.class,
              UnclaimTaskCommand.class,
              MarkTaskToBeCompletedCommand.class,
              DeferTaskCommand.class,
              UndeferTaskCommand.class)
          .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .addMixIn(Payload.class, PayloadComponentsOnly.class)
          .build();

  /** A JSON message carrying the command, its type in a header. */
  public Message commandMessage(InteractionTaskCommand command) {
    return MessageBuilder.withBody(write(command))
        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
        .setHeader(TYPE_HEADER, command.getClass().getSimpleName())
        .build();
  }

  /**
   * The command in a message.
   *
   * @throws EngineCommandRefusedException with {@code INVALID_COMMAND} for an unknown type, bad
   *     JSON or values the command refuses
   */
  public InteractionTaskCommand command(Message message) {
    Object typeName = message.getMessageProperties().getHeader(TYPE_HEADER);
    Class<? extends InteractionTaskCommand> type =
        typeName instanceof String name ? TYPES.get(name) : null;
    if (type == null) {
      throw invalid("unknown engine command type " + typeName);
    }
    try {
      return mapper.readValue(message.getBody(), type);
    } catch (IOException unreadable) {
      InvalidValueException invalidValue = invalidValueIn(unreadable);
      throw invalid(
          invalidValue != null
              ? invalidValue.getMessage()
              : "unreadable " + type.getSimpleName() + ": " + originalMessage(unreadable));
    }
  }

  /** A JSON message carrying a reply. */
  public Message replyMessage(EngineCommandReply reply) {
    return MessageBuilder.withBody(write(reply))
        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
        .build();
  }

  /** The reply in a message; a reply nobody can read counts as an engine error. */
  public EngineCommandReply reply(Message message) {
    try {
      EngineCommandReply reply = mapper.readValue(message.getBody(), EngineCommandReply.class);
      if (reply.outcome() == null) {
        throw new EngineCommandRefusedException(
            EngineCommandRefusedException.ENGINE_ERROR, "reply without outcome");
      }
      return reply;
    } catch (IOException unreadable) {
      throw new EngineCommandRefusedException(
          EngineCommandRefusedException.ENGINE_ERROR,
          "unreadable reply: " + unreadable.getMessage());
    }
  }

  private byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException unwritable) {
      throw new InvalidValueException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON: " + unwritable);
    }
  }

  private static String originalMessage(IOException unreadable) {
    return unreadable instanceof JsonProcessingException json
        ? json.getOriginalMessage()
        : unreadable.getMessage();
  }

  private static InvalidValueException invalidValueIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidValueException invalidValue) {
        return invalidValue;
      }
    }
    return null;
  }

  private static EngineCommandRefusedException invalid(String message) {
    return new EngineCommandRefusedException(
        EngineCommandRefusedException.INVALID_COMMAND, message);
  }

  /** Payload's {@code isEmpty()} is a helper, not a component. */
  @JsonIgnoreProperties({"empty"})
  private abstract static class PayloadComponentsOnly {}
}
