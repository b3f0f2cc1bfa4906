package io.flowpool.view.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.view.api.InvalidQueryException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortParserTest {

  @Test
  void without_keys_tasks_come_newest_first_then_by_id() {
    assertThat(SortParser.taskSort(List.of()).keys())
        .containsExactly(
            SortKey.descending(TaskAttribute.CREATE_TIME), SortKey.ascending(TaskAttribute.ID));
  }

  @Test
  void signs_prefixes_and_payload_paths_are_read() {
    assertThat(
            SortParser.taskSort(List.of("-priority", "+task.name", "dueDate", "-payload.a.b"))
                .keys())
        .containsExactly(
            SortKey.descending(TaskAttribute.PRIORITY),
            SortKey.ascending(TaskAttribute.NAME),
            SortKey.ascending(TaskAttribute.DUE_DATE),
            SortKey.descending(PayloadPath.parse("a.b")),
            SortKey.ascending(TaskAttribute.ID));
  }

  @Test
  void the_id_is_not_added_again_when_the_sort_names_it() {
    assertThat(SortParser.taskSort(List.of("-id")).keys())
        .containsExactly(SortKey.descending(TaskAttribute.ID));
  }

  @Test
  void blank_entries_are_skipped() {
    assertThat(SortParser.taskSort(Arrays.asList("", " ", null)))
        .isEqualTo(SortParser.taskSort(List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+colour", "-candidateUsers", "+textSearch", "+payload.", "+data.name"})
  void an_unknown_or_unsortable_task_field_is_refused_naming_it(String sort) {
    assertThatThrownBy(() -> SortParser.taskSort(List.of(sort)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'" + sort + "'");
  }

  @Test
  void data_entries_sort_by_their_attributes_and_end_with_their_identity() {
    assertThat(SortParser.dataEntrySort(List.of("+data.state.state")).keys())
        .containsExactly(
            SortKey.ascending(DataEntryAttribute.STATE),
            SortKey.ascending(DataEntryAttribute.ENTRY_TYPE),
            SortKey.ascending(DataEntryAttribute.ENTRY_ID));
    assertThatThrownBy(() -> SortParser.dataEntrySort(List.of("+priority")))
        .isInstanceOf(InvalidQueryException.class);
  }
}
