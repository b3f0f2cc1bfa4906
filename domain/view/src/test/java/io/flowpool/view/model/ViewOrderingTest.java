package io.flowpool.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.view.api.TaskView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ViewOrderingTest {

  @Test
  void missing_values_come_last_in_both_directions() {
    List<TaskView> tasks =
        List.of(task("a", null, 1), task("b", 5, 1), task("c", 2, 1), task("d", null, 1));

    assertThat(ids(sorted(tasks, "+payload.amount"))).containsExactly("c", "b", "a", "d");
    assertThat(ids(sorted(tasks, "-payload.amount"))).containsExactly("b", "c", "a", "d");
  }

  @Test
  void payload_values_of_different_kinds_order_text_then_number_then_boolean() {
    List<TaskView> tasks =
        List.of(task("a", true, 1), task("b", 10, 1), task("c", "x", 1), task("d", 2.5, 1));

    assertThat(ids(sorted(tasks, "+payload.amount"))).containsExactly("c", "d", "b", "a");
  }

  @Test
  void numbers_of_any_java_type_compare_by_value() {
    assertThat(ViewOrdering.compareValues(10, 9.5)).isPositive();
    assertThat(ViewOrdering.compareValues(new BigDecimal("2.0"), 2L)).isZero();
    assertThat(ViewOrdering.compareValues(-1, 0)).isNegative();
  }

  @Test
  void the_order_is_total_so_any_shuffle_sorts_the_same() {
    List<TaskView> tasks = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      tasks.add(task("t" + i, i % 4 == 0 ? null : i % 3, i % 5));
    }
    List<String> expected = ids(sorted(tasks, "-priority", "+payload.amount"));
    Random random = new Random(3L);
    for (int round = 0; round < 50; round++) {
      List<TaskView> shuffled = new ArrayList<>(tasks);
      Collections.shuffle(shuffled, random);
      assertThat(ids(sorted(shuffled, "-priority", "+payload.amount"))).isEqualTo(expected);
    }
  }

  private static List<TaskView> sorted(List<TaskView> tasks, String... sort) {
    List<TaskView> copy = new ArrayList<>(tasks);
    copy.sort(ViewOrdering.tasks(SortParser.taskSort(List.of(sort))));
    return copy;
  }

  private static List<String> ids(List<TaskView> tasks) {
    return tasks.stream().map(TaskView::id).toList();
  }

  private static TaskView task(String id, Object amount, int priority) {
    Map<String, Object> payload = new HashMap<>();
    if (amount != null) {
      payload.put("amount", amount);
    }
    return new TaskView(
        id,
        SourceReference.process("i", "e", "p:1", "p", "P", "app"),
        "key",
        null,
        null,
        new Payload(payload),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Task",
        null,
        priority,
        0);
  }
}
