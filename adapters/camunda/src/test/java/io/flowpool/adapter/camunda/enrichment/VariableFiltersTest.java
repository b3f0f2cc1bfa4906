package io.flowpool.adapter.camunda.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.camunda.enrichment.VariableFilters.Filter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariableFiltersTest {

  private static Filter include(String... names) {
    return new Filter(Set.of(names), Set.of());
  }

  private static Filter exclude(String... names) {
    return new Filter(Set.of(), Set.of(names));
  }

  @Test
  void without_any_filter_every_variable_is_admitted() {
    assertThat(VariableFilters.none().admits("order", "approve", "anything")).isTrue();
  }

  @Test
  void the_most_specific_include_list_decides() {
    VariableFilters filters =
        new VariableFilters(
            include("customer"),
            Map.of("order", include("amount", "customer")),
            Map.of("order", Map.of("ship", include("address"))));

    assertThat(filters.admits("order", "ship", "address")).isTrue();
    assertThat(filters.admits("order", "ship", "amount")).isFalse();
    assertThat(filters.admits("order", "approve", "amount")).isTrue();
    assertThat(filters.admits("invoice", "pay", "amount")).isFalse();
    assertThat(filters.admits("invoice", "pay", "customer")).isTrue();
  }

  @Test
  void an_exclude_list_at_any_level_excludes() {
    VariableFilters filters =
        new VariableFilters(
            exclude("password"),
            Map.of("order", new Filter(Set.of("password", "amount"), Set.of("internal"))),
            Map.of("order", Map.of("ship", exclude("amount"))));

    assertThat(filters.admits("order", "approve", "password")).isFalse();
    assertThat(filters.admits("order", "approve", "amount")).isTrue();
    assertThat(filters.admits("order", "ship", "amount")).isFalse();
    assertThat(filters.admits("other", "task", "internal")).isTrue();
  }

  @Test
  void a_task_filter_applies_only_to_its_process() {
    VariableFilters filters =
        new VariableFilters(Filter.NONE, Map.of(), Map.of("order", Map.of("ship", include("a"))));

    assertThat(filters.admits("order", "ship", "b")).isFalse();
    assertThat(filters.admits("invoice", "ship", "b")).isTrue();
  }
}
