package io.flowpool.adapter.camunda.collector;

import java.util.List;

/** Everything recorded for one engine transaction, each list in the order the engine reported. */
record CollectedFacts(
    List<String> deployedDefinitionIds,
    List<InstanceFact> instanceFacts,
    List<TaskFact> taskFacts) {

  CollectedFacts {
    deployedDefinitionIds = List.copyOf(deployedDefinitionIds);
    instanceFacts = List.copyOf(instanceFacts);
    taskFacts = List.copyOf(taskFacts);
  }

  boolean isEmpty() {
    return deployedDefinitionIds.isEmpty() && instanceFacts.isEmpty() && taskFacts.isEmpty();
  }
}
