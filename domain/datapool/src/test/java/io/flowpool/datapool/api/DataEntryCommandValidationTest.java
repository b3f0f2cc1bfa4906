package io.flowpool.datapool.api;

import static io.flowpool.datapool.testing.DataEntrySamples.REMOVED_AT;
import static io.flowpool.datapool.testing.DataEntrySamples.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.testing.DataEntrySamples;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Data entry commands refuse input that breaks their rules, naming the offending field. */
class DataEntryCommandValidationTest {

  private static final Modification MODIFICATION = Modification.at(REMOVED_AT);

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void change_with_a_blank_entry_type_is_refused_naming_the_field(String entryType) {
    assertThatThrownBy(() -> change(entryType, "4711"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entryType");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void change_with_a_blank_entry_id_is_refused_naming_the_field(String entryId) {
    assertThatThrownBy(() -> change("invoice", entryId))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entryId");
  }

  @Test
  void change_with_an_entry_type_containing_the_separator_is_refused() {
    assertThatThrownBy(() -> change("invoice#2026", "4711"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entryType")
        .hasMessageContaining("#");
  }

  @Test
  void entry_id_may_contain_the_separator() {
    assertThat(change("invoice", "2026#4711").identity().asString()).isEqualTo("invoice#2026#4711");
  }

  @Test
  void payload_with_a_value_that_is_not_json_is_refused_naming_its_path() {
    Map<String, Object> supplier = Map.of("registeredSince", new Date(0));

    assertThatThrownBy(() -> Payload.of(Map.of("supplier", supplier)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("supplier.registeredSince");
  }

  @Test
  void change_without_modification_is_refused_naming_the_field() {
    assertThatThrownBy(
            () ->
                new DataEntryChange(
                    "invoice", "4711", null, "app", "Invoice", null, null, null, null, null, null,
                    null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("modification");
  }

  @Test
  void change_without_optional_fields_takes_their_defaults() {
    DataEntryChange change =
        new DataEntryChange(
            "invoice",
            "4711",
            null,
            "app",
            "Invoice",
            null,
            null,
            null,
            null,
            MODIFICATION,
            null,
            null);

    assertThat(change.type()).isEqualTo("invoice");
    assertThat(change.payload().isEmpty()).isTrue();
    assertThat(change.correlations().isEmpty()).isTrue();
    assertThat(change.state()).isEqualTo(ProcessingType.UNDEFINED.of(""));
    assertThat(change.authorizationChanges()).isEmpty();
  }

  @Test
  void delete_with_a_blank_entry_id_is_refused_naming_the_field() {
    assertThatThrownBy(() -> new DeleteDataEntryCommand("invoice", " ", MODIFICATION, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entryId");
  }

  @Test
  void delete_without_a_state_records_the_deleted_processing_type() {
    assertThat(new DeleteDataEntryCommand("invoice", "4711", MODIFICATION, null).state())
        .isEqualTo(ProcessingType.DELETED.of("deleted"));
  }

  @Test
  void anonymize_with_an_entry_type_containing_the_separator_is_refused() {
    assertThatThrownBy(
            () ->
                new AnonymizeDataEntryCommand(
                    "in#voice", "4711", "anonymous", Set.of(), MODIFICATION))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entryType");
  }

  @Test
  void anonymize_with_a_blank_anonymized_username_is_refused_naming_the_field() {
    assertThatThrownBy(
            () -> new AnonymizeDataEntryCommand("invoice", "4711", "", Set.of(), MODIFICATION))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("anonymizedUsername");
  }

  @Test
  void command_identity_is_the_identity_of_its_change() {
    assertThat(new CreateOrUpdateDataEntryCommand(received()).identity().asString())
        .isEqualTo(DataEntrySamples.AGGREGATE_ID);
  }

  private static DataEntryChange change(String entryType, String entryId) {
    return DataEntrySamples.change(
        entryType, entryId, ProcessingType.IN_PROGRESS.of("Received"), MODIFICATION, List.of());
  }
}
