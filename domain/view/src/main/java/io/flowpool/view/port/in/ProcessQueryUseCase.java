package io.flowpool.view.port.in;

import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProcessDefinitionsStartableByUserQuery;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ProcessInstancesByStateQuery;
import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.api.ProcessVariablesForInstanceQuery;
import io.flowpool.view.api.ResultPage;
import java.util.List;

/** Answers queries about process definitions, instances and variables. */
public interface ProcessQueryUseCase {

  List<ProcessDefinitionView> processDefinitionsStartableByUser(
      ProcessDefinitionsStartableByUserQuery query);

  ResultPage<ProcessInstanceView> processInstancesByState(ProcessInstancesByStateQuery query);

  List<ProcessVariableView> processVariablesForInstance(ProcessVariablesForInstanceQuery query);
}
