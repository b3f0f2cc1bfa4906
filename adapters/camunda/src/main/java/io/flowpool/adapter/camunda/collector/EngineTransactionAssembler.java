package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Turns one transaction's facts into the engine transaction the taskpool receives. */
final class EngineTransactionAssembler {

  private final ProcessDefinitionReader definitions;
  private final TaskCommandAssembler tasks;

  EngineTransactionAssembler(ProcessDefinitionReader definitions, TaskCommandAssembler tasks) {
    this.definitions = definitions;
    this.tasks = tasks;
  }

  /** Runs inside an engine command: it reads tasks, variables and definitions. */
  EngineTransaction assemble(CommandContext context, CollectedFacts facts) {
    Set<String> changedInstances = new LinkedHashSet<>();
    for (InstanceFact fact : facts.instanceFacts()) {
      if (!(fact instanceof InstanceFact.Lifecycle)) {
        changedInstances.add(fact.processInstanceId());
      }
    }
    return new EngineTransaction(
        facts.deployedDefinitionIds().stream().distinct().map(definitions::read).toList(),
        ProcessInstanceCommands.of(facts.instanceFacts()),
        tasks.assemble(context, facts.taskFacts(), changedInstances));
  }
}
