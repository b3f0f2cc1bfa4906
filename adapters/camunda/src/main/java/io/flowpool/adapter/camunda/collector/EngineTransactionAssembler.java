package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.HashSet;
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
    Set<String> startedInstances = new HashSet<>();
    for (InstanceFact fact : facts.instanceFacts()) {
      if (!(fact instanceof InstanceFact.Lifecycle lifecycle)) {
        changedInstances.add(fact.processInstanceId());
      } else if (lifecycle.command() instanceof StartProcessInstanceCommand) {
        startedInstances.add(fact.processInstanceId());
      }
    }
    // every task of an instance started with these facts was created with them, and a created
    // task is read anyway: no need to look for its waiting tasks
    changedInstances.removeAll(startedInstances);
    return new EngineTransaction(
        facts.deployedDefinitionIds().stream().distinct().map(definitions::read).toList(),
        ProcessInstanceCommands.of(facts.instanceFacts()),
        tasks.assemble(context, facts.taskFacts(), changedInstances));
  }
}
