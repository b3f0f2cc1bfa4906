package io.flowpool.view.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flowpool.view.api.InvalidQueryException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

  @Test
  void each_operator_is_read_with_its_value() {
    TaskFilter filter =
        FilterParser.taskFilter(List.of("a=1", "b%2", "c<3", "d>4", "e[]5|6"), false);

    assertThat(filter.groups())
        .flatExtracting(CriteriaGroup::alternatives)
        .extracting(Criterion::operator, Criterion::value, Criterion::upperValue)
        .containsExactly(
            tuple(FilterOperator.EQUALS, "1", null),
            tuple(FilterOperator.CONTAINS, "2", null),
            tuple(FilterOperator.LESS_THAN, "3", null),
            tuple(FilterOperator.GREATER_THAN, "4", null),
            tuple(FilterOperator.BETWEEN, "5", "6"));
  }

  @Test
  void the_name_ends_at_the_first_operator_so_values_may_hold_operator_characters() {
    Criterion criterion = single(FilterParser.taskFilter(List.of("note=a=b%c<d>e[]f|g"), false));

    assertThat(criterion.field()).isEqualTo(PayloadPath.parse("note"));
    assertThat(criterion.value()).isEqualTo("a=b%c<d>e[]f|g");
  }

  @Test
  void prefixes_choose_task_attribute_data_entry_attribute_or_payload_path() {
    TaskFilter filter =
        FilterParser.taskFilter(
            List.of("task.priority=1", "data.state.processingType=COMPLETED", "customer.name=x"),
            true);

    assertThat(filter.groups())
        .flatExtracting(CriteriaGroup::alternatives)
        .extracting(Criterion::field)
        .containsExactly(
            TaskAttribute.PRIORITY,
            DataEntryAttribute.PROCESSING_TYPE,
            new PayloadPath(List.of("customer", "name")));
  }

  @Test
  void filters_with_the_same_name_form_one_group_of_alternatives() {
    TaskFilter filter =
        FilterParser.taskFilter(List.of("task.name=a", "task.priority>3", "task.name=b"), false);

    assertThat(filter.groups())
        .extracting(CriteriaGroup::name, group -> group.alternatives().size())
        .containsExactly(tuple("task.name", 2), tuple("task.priority", 1));
  }

  @Test
  void dates_and_numbers_are_parsed_for_date_and_number_attributes() {
    TaskFilter filter =
        FilterParser.taskFilter(
            List.of(
                "task.dueDate>2026-03-02",
                "task.createTime<2026-03-02T10:00:00+01:00",
                "task.followUpDate=2026-03-02T09:15:00Z",
                "task.priority[]1|2.5"),
            false);

    assertThat(filter.groups())
        .flatExtracting(CriteriaGroup::alternatives)
        .extracting(Criterion::value)
        .containsExactly(
            Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-03-02T09:00:00Z"),
            Instant.parse("2026-03-02T09:15:00Z"),
            new BigDecimal("1"));
  }

  @Test
  void an_empty_date_with_equals_means_absent() {
    assertThat(single(FilterParser.taskFilter(List.of("task.dueDate="), false)).value()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "task.name; has no operator",
        "=x; has no name",
        "task.colour=red; unknown task attribute 'colour'",
        "amount[5|6; '[' must be followed by ']'",
        "amount[]5; both bounds",
        "amount[]|6; both bounds",
        "amount[]5|; both bounds",
        "task.dueDate>soon; 'soon' is not a date",
        "task.priority=high; 'high' is not a number",
        "task.priority=; '' is not a number",
        "task.dueDate%2026; is a date; its operators are = < > []",
        "task.candidateGroups<sales; is a set of texts",
        "task.textSearch=x; is a text search",
        "a..b=x; a payload path reads a.b.c",
        ".a=x; a payload path reads a.b.c",
        "data.state.state=open; data. filters apply only to the task queries with data entries"
      })
  void a_malformed_task_filter_is_refused_naming_the_filter_and_the_reason(
      String filter, String reason) {
    assertThatThrownBy(() -> FilterParser.taskFilter(List.of(filter), false))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'" + filter + "'")
        .hasMessageContaining(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"task.name=x", "data.colour=red"})
  void a_malformed_data_entry_filter_is_refused_naming_it(String filter) {
    assertThatThrownBy(() -> FilterParser.dataEntryFilter(List.of(filter)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'" + filter + "'");
  }

  @Test
  void a_null_filter_is_refused() {
    assertThatThrownBy(() -> FilterParser.taskFilter(Arrays.asList("a=1", null), false))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void a_data_entry_filter_reads_data_attributes_and_payload_paths() {
    DataEntryFilter filter =
        FilterParser.dataEntryFilter(List.of("data.entryType=order", "region%north"));

    assertThat(filter.groups())
        .flatExtracting(CriteriaGroup::alternatives)
        .extracting(Criterion::field)
        .containsExactly(DataEntryAttribute.ENTRY_TYPE, PayloadPath.parse("region"));
  }

  private static Criterion single(TaskFilter filter) {
    assertThat(filter.groups()).hasSize(1);
    return filter.groups().get(0).alternatives().get(0);
  }
}
