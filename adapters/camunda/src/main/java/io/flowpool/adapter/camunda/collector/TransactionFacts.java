package io.flowpool.adapter.camunda.collector;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts one engine transaction has reported so far; one instance per transaction. Facts are
 * pending until they are assembled: by the engine command that reported them, when its work is
 * done, or at the hand-over. Assembled parts wait here, in the order they were assembled, until
 * then.
 */
final class TransactionFacts {

  /** The pending facts come from more than one engine command, or from none. */
  private static final Object MIXED = new Object();

  private final List<String> deployedDefinitionIds = new ArrayList<>();
  private final List<InstanceFact> instanceFacts = new ArrayList<>();
  private final List<TaskFact> taskFacts = new ArrayList<>();
  private final List<EngineTransaction> assembled = new ArrayList<>();
  private Object pendingFrom;

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

  /** Notes the engine command context ({@code null} for none) of the fact about to be recorded. */
  synchronized void recordingIn(Object commandContext) {
    if (hasNoPendingFacts()) {
      pendingFrom = commandContext == null ? MIXED : commandContext;
    } else if (pendingFrom != commandContext) {
      pendingFrom = MIXED;
    }
  }

  /**
   * True if every pending fact comes from this engine command context and none is a deployment
   * (definitions are read once the deployment is stored).
   */
  synchronized boolean allPendingFrom(Object commandContext) {
    return !hasNoPendingFacts() && pendingFrom == commandContext && deployedDefinitionIds.isEmpty();
  }

  synchronized void assembled(EngineTransaction transaction) {
    assembled.add(transaction);
  }

  /** The assembled parts, oldest first; afterwards there are none. */
  synchronized List<EngineTransaction> drainAssembled() {
    List<EngineTransaction> parts = List.copyOf(assembled);
    assembled.clear();
    return parts;
  }

  synchronized boolean isEmpty() {
    return hasNoPendingFacts() && assembled.isEmpty();
  }

  private boolean hasNoPendingFacts() {
    return deployedDefinitionIds.isEmpty() && instanceFacts.isEmpty() && taskFacts.isEmpty();
  }

  /** The pending facts; afterwards there are none. */
  synchronized CollectedFacts drain() {
    CollectedFacts facts = new CollectedFacts(deployedDefinitionIds, instanceFacts, taskFacts);
    deployedDefinitionIds.clear();
    instanceFacts.clear();
    taskFacts.clear();
    return facts;
  }
}
