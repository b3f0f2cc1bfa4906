package io.flowpool.adapter.camunda.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

class TypedValuesTest {

  private final TypedValues values = new TypedValues(new ObjectMapper());

  /** A business object as process applications store it. */
  public record Address(String street, int number) {}

  private Optional<Object> json(TypedValue value) {
    return values.toJson("variable", value).map(TypedValues.JsonValue::value);
  }

  @Test
  void scalars_stay_as_they_are() {
    assertThat(json(Variables.stringValue("text"))).contains("text");
    assertThat(json(Variables.integerValue(3))).contains(3);
    assertThat(json(Variables.longValue(4L))).contains(4L);
    assertThat(json(Variables.doubleValue(2.5))).contains(2.5);
    assertThat(json(Variables.booleanValue(true))).contains(true);
    assertThat(json(Variables.shortValue((short) 7))).contains((short) 7);
  }

  @Test
  void null_is_a_json_null() {
    assertThat(values.toJson("variable", Variables.untypedNullValue()))
        .contains(new TypedValues.JsonValue(null));
    assertThat(values.toJson("variable", Variables.stringValue(null)))
        .contains(new TypedValues.JsonValue(null));
  }

  @Test
  void dates_become_iso_8601_instants() {
    Instant instant = Instant.parse("2030-01-15T10:00:00Z");

    assertThat(json(Variables.dateValue(Date.from(instant)))).contains("2030-01-15T10:00:00Z");
  }

  @Test
  void deserialized_objects_are_converted_by_jackson() {
    assertThat(json(Variables.objectValue(new Address("Sesame Street", 123)).create()))
        .contains(Map.of("street", "Sesame Street", "number", 123));
    assertThat(json(Variables.objectValue(List.of("a", "b")).create())).contains(List.of("a", "b"));
  }

  @Test
  void serialized_json_objects_are_parsed() {
    TypedValue serialized =
        Variables.serializedObjectValue("{\"street\":\"Sesame Street\",\"tags\":[1,2]}")
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .objectTypeName("Address")
            .create();

    assertThat(json(serialized)).contains(Map.of("street", "Sesame Street", "tags", List.of(1, 2)));
  }

  @Test
  void files_bytes_and_java_serialized_objects_have_no_json_form() {
    assertThat(json(Variables.byteArrayValue(new byte[] {1, 2}))).isEmpty();
    assertThat(json(Variables.fileValue("a.txt").file(new byte[] {1}).create())).isEmpty();
    assertThat(
            json(
                Variables.serializedObjectValue("rO0ABXQAA2FiYw==")
                    .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                    .objectTypeName("java.lang.String")
                    .create()))
        .isEmpty();
  }

  @Test
  void malformed_json_is_left_out_instead_of_failing() {
    TypedValue broken =
        Variables.serializedObjectValue("{not json")
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create();

    assertThat(json(broken)).isEmpty();
  }

  @Test
  void a_variable_map_keeps_only_the_variables_that_have_a_json_form() {
    var variables =
        Variables.createVariables()
            .putValueTyped("b", Variables.stringValue("first"))
            .putValueTyped("file", Variables.fileValue("a.txt").file(new byte[] {1}).create())
            .putValueTyped("a", Variables.integerValue(2));

    assertThat(values.toJson(variables)).isEqualTo(Map.of("b", "first", "a", 2));
  }
}
