package io.flowpool.adapter.camunda.enrichment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.JsonValues;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts Camunda's typed values into the JSON-like values a payload holds: strings, numbers,
 * booleans and null as they are, dates as ISO-8601 instants, objects through Jackson (a
 * deserialized object is converted, a serialized JSON object is parsed). Values without a JSON form
 * (files, byte arrays, objects serialized in another format such as Java serialization) are left
 * out, with a debug log, rather than failing the engine's transaction.
 */
public final class TypedValues {

  private static final Logger LOG = LoggerFactory.getLogger(TypedValues.class);

  /** Stands for a converted null inside an Optional, which cannot hold null. */
  private static final Object NULL = new Object();

  private final ObjectMapper objectMapper;

  public TypedValues(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /** The variables that have a JSON form. */
  public Map<String, Object> toJson(VariableMap variables) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (String name : variables.keySet()) {
      toJson(name, variables.getValueTyped(name)).ifPresent(value -> json.put(name, value.value()));
    }
    return json;
  }

  /** The JSON form of one variable's value, or empty if it has none. */
  public Optional<JsonValue> toJson(String name, TypedValue value) {
    try {
      Optional<Object> converted = convert(value);
      if (converted.isEmpty()) {
        LOG.debug("Variable {} of type {} has no JSON form; left out", name, typeName(value));
        return Optional.empty();
      }
      Object json = converted.get();
      return Optional.of(new JsonValue(json == NULL ? null : JsonValues.copy(json, name)));
    } catch (JsonProcessingException | RuntimeException e) {
      // one unconvertible variable must not fail the engine's transaction
      LOG.warn(
          "Variable {} could not be converted to JSON and is left out: {}", name, e.toString());
      return Optional.empty();
    }
  }

  /** A converted value; {@code value} may be null (a null variable is a JSON null). */
  public record JsonValue(Object value) {}

  private Optional<Object> convert(TypedValue typed) throws JsonProcessingException {
    if (typed == null || !(typed instanceof SerializableValue) && typed.getValue() == null) {
      return Optional.of(NULL);
    }
    ValueType type = typed.getType();
    if (ValueType.BYTES.equals(type) || ValueType.FILE.equals(type)) {
      return Optional.empty();
    }
    if (typed instanceof SerializableValue serializable) {
      return object(serializable);
    }
    Object value = typed.getValue();
    if (value instanceof Date date) {
      return Optional.of(date.toInstant().toString());
    }
    if (isPlainJson(value)) {
      return Optional.of(value);
    }
    return Optional.of(nullSafe(objectMapper.convertValue(value, Object.class)));
  }

  private Optional<Object> object(SerializableValue value) throws JsonProcessingException {
    if (value instanceof ObjectValue object && object.isDeserialized()) {
      return Optional.of(nullSafe(objectMapper.convertValue(object.getValue(), Object.class)));
    }
    String serialized = value.getValueSerialized();
    if (serialized != null && isJson(value)) {
      return Optional.of(nullSafe(objectMapper.readValue(serialized, Object.class)));
    }
    if (serialized == null && value.isDeserialized() && value.getValue() == null) {
      return Optional.of(NULL);
    }
    return Optional.empty();
  }

  private static boolean isJson(SerializableValue value) {
    String format = value.getSerializationDataFormat();
    boolean spinJson = value.getType() != null && "json".equals(value.getType().getName());
    return spinJson || (format != null && format.toLowerCase().contains("json"));
  }

  private static boolean isPlainJson(Object value) {
    try {
      return JsonValues.copy(value, "") == value;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static Object nullSafe(Object value) {
    return value == null ? NULL : value;
  }

  private static String typeName(TypedValue value) {
    return value == null || value.getType() == null ? "unknown" : value.getType().getName();
  }
}
