package io.flowpool.adapter.camunda.collector;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.CancelProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders one transaction's instance facts into commands: lifecycle commands as reported, and one
 * variables command per instance with all its changes in order, placed right after the instance's
 * start (the engine reports start variables before the start itself), else before its end, else
 * after everything else.
 */
final class ProcessInstanceCommands {

  private final Map<String, List<VariableChange>> changes = new LinkedHashMap<>();
  private final Map<String, SourceReference> instances = new LinkedHashMap<>();
  private final List<ProcessInstanceCommand> lifecycle = new ArrayList<>();
  private final List<ProcessInstanceCommand> result = new ArrayList<>();

  private ProcessInstanceCommands(List<InstanceFact> facts) {
    for (InstanceFact fact : facts) {
      if (fact instanceof InstanceFact.VariableChanged changed) {
        changes
            .computeIfAbsent(changed.processInstanceId(), id -> new ArrayList<>())
            .add(changed.change());
        instances.putIfAbsent(changed.processInstanceId(), changed.instance());
      } else if (fact instanceof InstanceFact.Lifecycle reported) {
        lifecycle.add(reported.command());
      }
    }
  }

  static List<ProcessInstanceCommand> of(List<InstanceFact> facts) {
    return new ProcessInstanceCommands(facts).ordered();
  }

  private List<ProcessInstanceCommand> ordered() {
    for (ProcessInstanceCommand command : lifecycle) {
      boolean ends =
          command instanceof FinishProcessInstanceCommand
              || command instanceof CancelProcessInstanceCommand;
      if (ends) {
        addVariablesOf(command.processInstanceId());
      }
      result.add(command);
      if (command instanceof StartProcessInstanceCommand) {
        addVariablesOf(command.processInstanceId());
      }
    }
    List.copyOf(changes.keySet()).forEach(this::addVariablesOf);
    return result;
  }

  private void addVariablesOf(String instanceId) {
    List<VariableChange> instanceChanges = changes.remove(instanceId);
    if (instanceChanges != null) {
      result.add(new ChangeProcessVariablesCommand(instances.get(instanceId), instanceChanges));
    }
  }
}
