package io.flowpool.adapter.jpaview.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.view.api.ViewEvent;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the events a projection holds back (see {@code ProjectionProgress}) as a JSON array of
 * envelopes, each naming its event's class. On reading, only classes of the events the view
 * projects are accepted: the stored name never decides which class gets instantiated beyond them.
 */
public final class ParkedEventCodec {

  private static final List<Class<?>> PROJECTED =
      List.of(
          TaskEvent.class,
          DataEntryEvent.class,
          ProcessDefinitionRegisteredEvent.class,
          ProcessInstanceEvent.class);

  /** Records by their fields only: a helper such as {@code Payload.isEmpty()} is no property. */
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .visibility(PropertyAccessor.ALL, Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, Visibility.ANY)
          .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
          .build();

  public String write(List<ViewEvent<?>> events) {
    ArrayNode array = mapper.createArrayNode();
    for (ViewEvent<?> event : events) {
      ObjectNode envelope = array.addObject();
      envelope.put("aggregateId", event.aggregateId());
      envelope.put("sequenceNumber", event.sequenceNumber());
      envelope.put("timestamp", event.timestamp().toString());
      envelope.put("type", event.event().getClass().getName());
      envelope.set("event", mapper.valueToTree(event.event()));
    }
    return array.toString();
  }

  public List<ViewEvent<?>> read(String json) {
    try {
      List<ViewEvent<?>> events = new ArrayList<>();
      for (JsonNode envelope : mapper.readTree(json)) {
        Object event = mapper.treeToValue(envelope.get("event"), projectedClass(envelope));
        events.add(
            new ViewEvent<>(
                envelope.get("aggregateId").asText(),
                envelope.get("sequenceNumber").asLong(),
                Instant.parse(envelope.get("timestamp").asText()),
                event));
      }
      return events;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> projectedClass(JsonNode envelope) {
    String name = envelope.get("type").asText();
    try {
      Class<?> type = Class.forName(name, false, ParkedEventCodec.class.getClassLoader());
      if (type.isRecord() && PROJECTED.stream().anyMatch(kind -> kind.isAssignableFrom(type))) {
        return type;
      }
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("a parked event names an unknown class " + name, e);
    }
    throw new IllegalStateException("a parked event names " + name + ", not a projected event");
  }
}
