package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Process variable rows in memory, one per variable instance. */
final class InMemoryProcessVariableViewStore implements ProcessVariableViewStore {

  private final InMemoryTable<VariableKey, ProcessVariableView> variables;

  InMemoryProcessVariableViewStore(InMemoryTable<VariableKey, ProcessVariableView> variables) {
    this.variables = variables;
  }

  @Override
  public void save(ProcessVariableView variable) {
    variables.put(
        new VariableKey(variable.processInstanceId(), variable.variableInstanceId()), variable);
  }

  @Override
  public void delete(String processInstanceId, String variableInstanceId) {
    variables.remove(new VariableKey(processInstanceId, variableInstanceId));
  }

  @Override
  public List<ProcessVariableView> findForInstance(String processInstanceId, Set<String> names) {
    return variables.all().stream()
        .filter(variable -> variable.processInstanceId().equals(processInstanceId))
        .filter(variable -> names.isEmpty() || names.contains(variable.name()))
        .sorted(
            Comparator.comparing(ProcessVariableView::name)
                .thenComparing(ProcessVariableView::variableInstanceId))
        .toList();
  }

  /** A variable instance within its process instance. */
  record VariableKey(String processInstanceId, String variableInstanceId) {}
}
