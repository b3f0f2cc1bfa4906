package io.flowpool.adapter.amqp.viewchange;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.view.model.ViewChange;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * The wire format of broadcast view changes: one message per committed list, its body a JSON array
 * in which every change names its kind in {@code "type"} (the simple name of a {@link ViewChange}
 * record, e.g. {@code TaskChanged}), the sending node in the {@value #NODE_HEADER} header. The
 * kinds are the sealed interface's records: a message never names a class to instantiate.
 *
 * <p>Payload and variable numbers read back as the view store reads them: Integer, Long or
 * BigInteger when whole, BigDecimal otherwise (a Double 0.25 arrives as BigDecimal 0.25), so no
 * digit is lost on the way to the other nodes.
 */
public final class ViewChangeCodec {

  /** Header naming the node that projected the changes. */
  public static final String NODE_HEADER = "flowpool-node-id";

  private static final TypeReference<List<ViewChange>> CHANGES = new TypeReference<>() {};

  private final ObjectWriter writer;
  private final ObjectReader reader;

  public ViewChangeCodec() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // a node of a newer release may send fields this one does not know yet
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // as the view store's JsonCodec: a fraction arrives as a BigDecimal, not a Double
            // rounded to ~17 digits, so every node filters on the same value the store holds
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addMixIn(ViewChange.class, TypedByName.class)
            .addMixIn(Payload.class, ComponentsOnly.class)
            .addMixIn(Correlations.class, ComponentsOnly.class)
            .registerSubtypes(
                Arrays.stream(ViewChange.class.getPermittedSubclasses())
                    .map(type -> new NamedType(type, type.getSimpleName()))
                    .toArray(NamedType[]::new))
            .build();
    writer = mapper.writerFor(CHANGES);
    reader = mapper.readerFor(CHANGES);
  }

  /** A non-persistent JSON message carrying the changes, marked with the sending node. */
  public Message message(List<ViewChange> changes, NodeId sender) {
    try {
      return MessageBuilder.withBody(writer.writeValueAsBytes(changes))
          .setContentType(MessageProperties.CONTENT_TYPE_JSON)
          .setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT)
          .setHeader(NODE_HEADER, sender.value())
          .build();
    } catch (JsonProcessingException unwritable) {
      throw new IllegalArgumentException(
          "cannot write view changes as JSON: " + unwritable, unwritable);
    }
  }

  /**
   * The changes in a message.
   *
   * @throws UnreadableViewChangesException for a body that is not a list of known changes
   */
  public List<ViewChange> changes(Message message) {
    List<ViewChange> changes;
    try {
      changes = reader.readValue(message.getBody());
    } catch (IOException | RuntimeException unreadable) {
      throw new UnreadableViewChangesException(
          "not a list of view changes: " + originalMessage(unreadable), unreadable);
    }
    if (changes == null || changes.contains(null)) {
      throw new UnreadableViewChangesException("not a list of view changes: null in the body");
    }
    return List.copyOf(changes);
  }

  /** The node that sent the message, or null where the header is missing. */
  public static String senderOf(Message message) {
    Object sender = message.getMessageProperties().getHeader(NODE_HEADER);
    return sender == null ? null : sender.toString();
  }

  private static String originalMessage(Exception unreadable) {
    return unreadable instanceof JsonProcessingException json
        ? json.getOriginalMessage()
        : unreadable.toString();
  }

  /** Every change carries its kind as {@code "type"}: one of the registered record names. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private abstract static class TypedByName {}

  /** {@code isEmpty()} of Payload and Correlations is a helper, not a component. */
  @JsonIgnoreProperties({"empty"})
  private abstract static class ComponentsOnly {}
}
