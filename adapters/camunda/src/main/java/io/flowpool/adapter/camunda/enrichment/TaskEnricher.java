package io.flowpool.adapter.camunda.enrichment;

import io.flowpool.common.api.Payload;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;

/** Turns the variables a task sees into its payload (filtered) and correlations (mapped). */
public final class TaskEnricher {

  private final boolean enabled;
  private final TypedValues values;
  private final VariableFilters filters;
  private final CorrelationRules correlations;

  public TaskEnricher(TypedValues values, VariableFilters filters, CorrelationRules correlations) {
    this(true, values, filters, correlations);
  }

  private TaskEnricher(
      boolean enabled, TypedValues values, VariableFilters filters, CorrelationRules correlations) {
    this.enabled = enabled;
    this.values = values;
    this.filters = filters;
    this.correlations = correlations;
  }

  /** An enricher that leaves payload and correlations alone (commands stay unenriched). */
  public static TaskEnricher disabled() {
    return new TaskEnricher(false, null, VariableFilters.none(), CorrelationRules.none());
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The enrichment, or empty if enrichment is switched off. */
  public Optional<Enrichment> enrich(String processKey, String taskKey, VariableMap variables) {
    if (!enabled) {
      return Optional.empty();
    }
    Map<String, Object> all = values.toJson(variables);
    Map<String, Object> payload = new LinkedHashMap<>();
    all.forEach(
        (name, value) -> {
          if (filters.admits(processKey, taskKey, name)) {
            payload.put(name, value);
          }
        });
    return Optional.of(
        new Enrichment(Payload.of(payload), correlations.correlate(processKey, taskKey, all)));
  }
}
