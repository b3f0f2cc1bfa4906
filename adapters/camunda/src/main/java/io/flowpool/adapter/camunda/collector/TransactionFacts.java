package io.flowpool.adapter.camunda.collector;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import java.util.ArrayList;
import java.util.List;

/** The facts one engine transaction has reported so far; one instance per transaction. */
final class TransactionFacts {

  private final List<String> deployedDefinitionIds = new ArrayList<>();
  private final List<InstanceFact> instanceFacts = new ArrayList<>();
  private final List<TaskFact> taskFacts = new ArrayList<>();

  synchronized void definitionDeployed(String processDefinitionId) {
    deployedDefinitionIds.add(processDefinitionId);
  }

  synchronized void instance(ProcessInstanceCommand command) {
    instanceFacts.add(new InstanceFact.Lifecycle(command));
  }

  synchronized void instanceChanged(String processInstanceId) {
    instanceFacts.add(new InstanceFact.Changed(processInstanceId));
  }

  synchronized void variableChanged(SourceReference instance, VariableChange change) {
    instanceFacts.add(new InstanceFact.VariableChanged(instance, change));
  }

  synchronized void task(EngineTaskCommand command) {
    taskFacts.add(new TaskFact.Reported(command));
  }

  /**
   * The engine reports a new task's assignee and candidates (identity link history) before the
   * task's create event; the creation carries them, so those earlier reports are dropped.
   */
  synchronized void taskCreated(TaskFact.Created created) {
    taskFacts.removeIf(
        fact ->
            fact instanceof TaskFact.Reported reported
                && reported.isIdentityChange()
                && reported.taskId().equals(created.taskId()));
    taskFacts.add(created);
  }

  synchronized void taskUpdated(TaskFact.Updated updated) {
    taskFacts.add(updated);
  }

  synchronized boolean isEmpty() {
    return deployedDefinitionIds.isEmpty() && instanceFacts.isEmpty() && taskFacts.isEmpty();
  }

  /** Everything recorded so far; afterwards this is empty again. */
  synchronized CollectedFacts drain() {
    CollectedFacts facts = new CollectedFacts(deployedDefinitionIds, instanceFacts, taskFacts);
    deployedDefinitionIds.clear();
    instanceFacts.clear();
    taskFacts.clear();
    return facts;
  }
}
