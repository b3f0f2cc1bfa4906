package io.flowpool.adapter.jpaview.sql;

import io.flowpool.adapter.jpaview.json.JsonCodec;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProtocolEntry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads data entries from the jsonb objects that {@link DataEntrySql} selects. */
public final class DataEntryJson {

  private final JsonCodec json;

  public DataEntryJson(JsonCodec json) {
    this.json = json;
  }

  public DataEntryView entry(String object) {
    return entry(json.readObject(object));
  }

  /** The entries of a jsonb array of such objects, in its order. */
  public List<DataEntryView> entries(String array) {
    return json.readList(array).stream().map(item -> entry(map(item))).toList();
  }

  private DataEntryView entry(Map<String, Object> fields) {
    return new DataEntryView(
        text(fields, "entryType"),
        text(fields, "entryId"),
        text(fields, "type"),
        text(fields, "applicationName"),
        text(fields, "name"),
        text(fields, "description"),
        new Payload(map(fields.get("payload"))),
        new Correlations(texts(fields.get("correlations"))),
        state(fields),
        text(fields, "formKey"),
        Set.copyOf(list(fields.get("authorizedUsers"))),
        Set.copyOf(list(fields.get("authorizedGroups"))),
        list(fields.get("protocol")).stream().map(line -> protocol(map(line))).toList(),
        instant(fields, "createdAt"),
        instant(fields, "lastModifiedAt"),
        ((Number) fields.get("version")).longValue());
  }

  private static ProtocolEntry protocol(Map<String, Object> line) {
    return new ProtocolEntry(
        instant(line, "time"),
        state(line),
        text(line, "username"),
        text(line, "log"),
        text(line, "logNotes"));
  }

  private static DataEntryState state(Map<String, Object> fields) {
    return new DataEntryState(
        ProcessingType.valueOf(text(fields, "processingType")), text(fields, "state"));
  }

  private static String text(Map<String, Object> fields, String name) {
    return (String) fields.get(name);
  }

  private static Instant instant(Map<String, Object> fields, String name) {
    String value = text(fields, name);
    return value == null ? null : OffsetDateTime.parse(value).toInstant();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return (List<T>) value;
  }

  private static Map<String, String> texts(Object value) {
    Map<String, String> texts = new LinkedHashMap<>();
    map(value).forEach((key, text) -> texts.put(key, (String) text));
    return texts;
  }
}
