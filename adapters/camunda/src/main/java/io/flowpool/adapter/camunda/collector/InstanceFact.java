package io.flowpool.adapter.camunda.collector;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;

/** What the engine reported about a process instance. */
sealed interface InstanceFact {

  String processInstanceId();

  /** Started, suspended, resumed, finished or cancelled. */
  record Lifecycle(ProcessInstanceCommand command) implements InstanceFact {

    @Override
    public String processInstanceId() {
      return command.processInstanceId();
    }
  }

  /** Something else about the instance changed, e.g. its business key. */
  record Changed(String processInstanceId) implements InstanceFact {}

  /** One variable was created, updated or deleted. */
  record VariableChanged(SourceReference instance, VariableChange change) implements InstanceFact {

    @Override
    public String processInstanceId() {
      return instance.instanceId();
    }
  }
}
