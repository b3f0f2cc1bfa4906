package io.flowpool.adapter.rest.support;

import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.ViewAuthorization;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Process definition, instance and variable rows in maps. */
final class InMemoryProcessStore
    implements ProcessDefinitionViewStore, ProcessInstanceViewStore, ProcessVariableViewStore {

  private final Map<String, ProcessDefinitionView> definitions = new ConcurrentHashMap<>();
  private final Map<String, ProcessInstanceView> instances = new ConcurrentHashMap<>();
  private final Map<List<String>, ProcessVariableView> variables = new ConcurrentHashMap<>();

  void clear() {
    definitions.clear();
    instances.clear();
    variables.clear();
  }

  @Override
  public void save(ProcessDefinitionView definition) {
    definitions.put(definition.processDefinitionId(), definition);
  }

  @Override
  public List<ProcessDefinitionView> findStartableBy(CurrentUser user) {
    return definitions.values().stream()
        .filter(definition -> ViewAuthorization.canStart(user, definition))
        .sorted(
            Comparator.comparing(ProcessDefinitionView::processDefinitionKey)
                .thenComparing(
                    ProcessDefinitionView::processDefinitionVersion, Comparator.reverseOrder()))
        .toList();
  }

  @Override
  public Optional<ProcessInstanceView> load(String processInstanceId) {
    return Optional.ofNullable(instances.get(processInstanceId));
  }

  @Override
  public void save(ProcessInstanceView instance) {
    instances.put(instance.processInstanceId(), instance);
  }

  @Override
  public ResultPage<ProcessInstanceView> findByStates(
      Set<ProcessInstanceState> states, PageRequest page) {
    return page.slice(
        instances.values().stream()
            .filter(instance -> states.contains(instance.state()))
            .sorted(Comparator.comparing(ProcessInstanceView::processInstanceId))
            .toList());
  }

  @Override
  public void save(ProcessVariableView variable) {
    variables.put(List.of(variable.processInstanceId(), variable.variableInstanceId()), variable);
  }

  @Override
  public void delete(String processInstanceId, String variableInstanceId) {
    variables.remove(List.of(processInstanceId, variableInstanceId));
  }

  @Override
  public List<ProcessVariableView> findForInstance(String processInstanceId, Set<String> names) {
    return variables.values().stream()
        .filter(variable -> variable.processInstanceId().equals(processInstanceId))
        .filter(variable -> names.isEmpty() || names.contains(variable.name()))
        .sorted(
            Comparator.comparing(ProcessVariableView::name)
                .thenComparing(ProcessVariableView::variableInstanceId))
        .toList();
  }
}
