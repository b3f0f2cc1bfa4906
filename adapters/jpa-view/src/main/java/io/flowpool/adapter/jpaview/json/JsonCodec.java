package io.flowpool.adapter.jpaview.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the view's JSON-like values (payloads, correlations, variable values) to and from the
 * text of a jsonb column. Numbers come back as Integer, Long or BigInteger when whole and as
 * BigDecimal otherwise, so no digit is lost; texts, booleans, lists and maps as they were. Its own
 * mapper, so that an application's Jackson settings cannot change what is stored.
 */
public final class JsonCodec {

  /** How PostgreSQL writes an empty jsonb object. */
  private static final String EMPTY_OBJECT = "{}";

  private final ObjectMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  // Readers made once: a type reference passed on each call is resolved again on each call.
  private final ObjectReader anyValue = mapper.readerFor(Object.class);
  private final ObjectReader object =
      mapper.readerFor(new TypeReference<LinkedHashMap<String, Object>>() {});
  private final ObjectReader textMap =
      mapper.readerFor(new TypeReference<LinkedHashMap<String, String>>() {});
  private final ObjectReader list = mapper.readerFor(new TypeReference<List<Object>>() {});

  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any JSON value: null, a text, number, boolean, list or map. */
  public Object read(String json) {
    return parse(json, anyValue);
  }

  public Map<String, Object> readObject(String json) {
    return parse(json, object);
  }

  public List<Object> readList(String json) {
    return parse(json, list);
  }

  public String writePayload(Payload payload) {
    return write(payload.values());
  }

  public Payload readPayload(String json) {
    return new Payload(readObject(json));
  }

  public String writeCorrelations(Correlations correlations) {
    return write(correlations.entries());
  }

  public Correlations readCorrelations(String json) {
    // most tasks have none; a page of them is read on every task query
    if (EMPTY_OBJECT.equals(json)) {
      return Correlations.none();
    }
    return new Correlations(parse(json, textMap));
  }

  private static <T> T parse(String json, ObjectReader reader) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
