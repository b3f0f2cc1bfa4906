package io.flowpool.adapter.jpaview.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskAccessKeysTest {

  private static final String[] PRINCIPALS = {"group:sales", "user:kermit"};

  @Test
  void a_number_is_keyed_by_its_value_not_its_notation() {
    Long[] hundred = TaskAccessKeys.ofTask(PRINCIPALS, Map.of("amount", 100));

    assertThat(TaskAccessKeys.ofTask(PRINCIPALS, Map.of("amount", new BigDecimal("100.00"))))
        .containsExactlyInAnyOrder(hundred);
    assertThat(TaskAccessKeys.ofTask(PRINCIPALS, Map.of("amount", 100.0)))
        .containsExactlyInAnyOrder(hundred);
    assertThat(TaskAccessKeys.ofReader(List.of("group:sales"), "amount", "1e2"))
        .containsAnyOf(hundred);
  }

  @Test
  void a_reader_looks_up_the_keys_that_a_task_of_theirs_with_the_value_holds() {
    String[] principals = {"group:Einkäufe", "user:kermit", "assignee:piggy"};
    Long[] task = TaskAccessKeys.ofTask(principals, Map.of("customer", "Müller & Söhne"));

    assertThat(TaskAccessKeys.ofReader(List.of(principals), "customer", "Müller & Söhne"))
        .containsExactly(task);
    assertThat(TaskAccessKeys.ofReader(List.of("group:other"), "customer", "Müller & Söhne"))
        .doesNotContainAnyElementsOf(List.of(task));
  }

  @Test
  void a_filter_value_reads_as_a_text_and_as_the_number_or_boolean_it_writes() {
    assertThat(TaskAccessKeys.ofReader(List.of("group:sales"), "v", "abc")).hasSize(1);
    assertThat(TaskAccessKeys.ofReader(List.of("group:sales"), "v", "100.0")).hasSize(2);
    assertThat(TaskAccessKeys.ofReader(List.of("group:sales"), "v", "true")).hasSize(2);
    assertThat(TaskAccessKeys.ofReader(List.of(PRINCIPALS), "v", "true")).hasSize(4);
  }

  @Test
  void a_number_too_long_to_write_out_is_looked_up_as_a_text_only() {
    // written out, these would have a billion digits: the heap would not hold them
    assertThat(TaskAccessKeys.ofReader(List.of("group:sales"), "amount", "1e999999999")).hasSize(1);
    assertThat(TaskAccessKeys.ofReader(List.of("group:sales"), "amount", "1e-999999999"))
        .hasSize(1);
  }

  @Test
  void a_task_with_a_number_too_long_to_write_out_has_no_keys() {
    assertThat(
            TaskAccessKeys.ofTask(
                PRINCIPALS, Map.of("customer", "c1", "amount", new BigDecimal("1e999999999"))))
        .isNull();
  }

  @Test
  void a_task_with_more_keys_than_the_limit_or_a_value_of_an_unknown_kind_has_none() {
    List<Integer> lines = IntStream.range(0, TaskAccessKeys.MAX_KEYS).boxed().toList();

    assertThat(TaskAccessKeys.ofTask(PRINCIPALS, Map.of("lines", lines))).isNull();
    assertThat(TaskAccessKeys.ofTask(PRINCIPALS, Map.of("when", new Object()))).isNull();
    assertThat(TaskAccessKeys.ofTask(PRINCIPALS, Map.of("note", "x"))).hasSize(2);
  }
}
