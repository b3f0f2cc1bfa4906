package io.flowpool.adapter.camunda.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Correlations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrelationRulesTest {

  private final CorrelationRules rules =
      new CorrelationRules(
          Map.of("orderId", "order"),
          Map.of("shipping", Map.of("parcel", "parcel")),
          Map.of("shipping", Map.of("deliver", Map.of("orderId", "delivery-order"))));

  @Test
  void a_mapped_variable_correlates_with_the_data_entry_its_value_names() {
    assertThat(rules.correlate("sales", "approve", Map.of("orderId", "o-1", "other", "x")))
        .isEqualTo(Correlations.of("order", "o-1"));
  }

  @Test
  void process_and_task_mappings_add_to_and_override_the_global_ones() {
    Map<String, Object> variables = Map.of("orderId", 42L, "parcel", "p-7");

    assertThat(rules.correlate("shipping", "pack", variables))
        .isEqualTo(new Correlations(Map.of("order", "42", "parcel", "p-7")));
    assertThat(rules.correlate("shipping", "deliver", variables))
        .isEqualTo(new Correlations(Map.of("delivery-order", "42", "parcel", "p-7")));
  }

  @Test
  void variables_without_a_scalar_value_correlate_with_nothing() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderId", null);
    assertThat(rules.correlate("sales", "approve", variables)).isEqualTo(Correlations.none());
    assertThat(rules.correlate("sales", "approve", Map.of("orderId", " ")))
        .isEqualTo(Correlations.none());
    assertThat(rules.correlate("sales", "approve", Map.of("orderId", List.of("o-1"))))
        .isEqualTo(Correlations.none());
  }
}
