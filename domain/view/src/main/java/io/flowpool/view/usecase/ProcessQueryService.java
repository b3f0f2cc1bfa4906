package io.flowpool.view.usecase;

import io.flowpool.common.api.Values;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProcessDefinitionsStartableByUserQuery;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ProcessInstancesByStateQuery;
import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.api.ProcessVariablesForInstanceQuery;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.port.in.ProcessQueryUseCase;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import java.util.List;

/** Answers process definition, instance and variable queries from their stores. */
public class ProcessQueryService implements ProcessQueryUseCase {

  private final ProcessDefinitionViewStore definitions;
  private final ProcessInstanceViewStore instances;
  private final ProcessVariableViewStore variables;

  public ProcessQueryService(
      ProcessDefinitionViewStore definitions,
      ProcessInstanceViewStore instances,
      ProcessVariableViewStore variables) {
    this.definitions = Values.require(definitions, "definitions");
    this.instances = Values.require(instances, "instances");
    this.variables = Values.require(variables, "variables");
  }

  @Override
  public List<ProcessDefinitionView> processDefinitionsStartableByUser(
      ProcessDefinitionsStartableByUserQuery query) {
    return definitions.findStartableBy(Values.require(query, "query").user());
  }

  @Override
  public ResultPage<ProcessInstanceView> processInstancesByState(
      ProcessInstancesByStateQuery query) {
    Values.require(query, "query");
    return instances.findByStates(query.states(), new PageRequest(query.page(), query.size()));
  }

  @Override
  public List<ProcessVariableView> processVariablesForInstance(
      ProcessVariablesForInstanceQuery query) {
    Values.require(query, "query");
    return variables.findForInstance(query.processInstanceId(), query.names());
  }
}
