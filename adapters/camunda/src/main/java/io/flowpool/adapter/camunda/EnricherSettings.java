package io.flowpool.adapter.camunda;

import io.flowpool.adapter.camunda.FlowpoolCollectorProperties.Correlations;
import io.flowpool.adapter.camunda.FlowpoolCollectorProperties.Enricher;
import io.flowpool.adapter.camunda.FlowpoolCollectorProperties.VariableFilter;
import io.flowpool.adapter.camunda.enrichment.CorrelationRules;
import io.flowpool.adapter.camunda.enrichment.TaskEnricher;
import io.flowpool.adapter.camunda.enrichment.TypedValues;
import io.flowpool.adapter.camunda.enrichment.VariableFilters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Builds the task enricher from the flowpool.collector.enricher and .correlations properties. */
final class EnricherSettings {

  private EnricherSettings() {}

  static TaskEnricher enricher(FlowpoolCollectorProperties collector, TypedValues values) {
    Enricher enricher = collector.getEnricher();
    if (!enricher.isEnabled()) {
      return TaskEnricher.disabled();
    }
    Map<String, VariableFilters.Filter> processes = new LinkedHashMap<>();
    Map<String, Map<String, VariableFilters.Filter>> tasks = new LinkedHashMap<>();
    enricher
        .getProcesses()
        .forEach(
            (processKey, process) -> {
              processes.put(processKey, filter(process));
              Map<String, VariableFilters.Filter> taskFilters = new LinkedHashMap<>();
              process.getTasks().forEach((taskKey, task) -> taskFilters.put(taskKey, filter(task)));
              tasks.put(processKey, taskFilters);
            });
    return new TaskEnricher(
        values,
        new VariableFilters(filter(enricher), processes, tasks),
        correlations(collector.getCorrelations()));
  }

  private static VariableFilters.Filter filter(VariableFilter filter) {
    return new VariableFilters.Filter(
        Set.copyOf(filter.getInclude()), Set.copyOf(filter.getExclude()));
  }

  private static CorrelationRules correlations(Correlations correlations) {
    Map<String, Map<String, String>> processes = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, String>>> tasks = new LinkedHashMap<>();
    correlations
        .getProcesses()
        .forEach(
            (processKey, process) -> {
              processes.put(processKey, process.getVariables());
              tasks.put(processKey, process.getTasks());
            });
    return new CorrelationRules(correlations.getVariables(), processes, tasks);
  }
}
