package io.flowpool.taskpool.model;

import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the variable changes one transaction reported for a process instance into a single
 * command, at the place of the instance's first variable change, keeping the changes in order.
 * Other instance commands keep their place.
 */
public class ProcessVariableChangeMerger {

  public List<ProcessInstanceCommand> merge(List<ProcessInstanceCommand> commandsInOrder) {
    Values.require(commandsInOrder, "commands");
    Map<String, List<VariableChange>> changesByInstance = new LinkedHashMap<>();
    Map<String, ChangeProcessVariablesCommand> firstByInstance = new LinkedHashMap<>();
    for (ProcessInstanceCommand command : commandsInOrder) {
      if (command instanceof ChangeProcessVariablesCommand change) {
        firstByInstance.putIfAbsent(change.processInstanceId(), change);
        changesByInstance
            .computeIfAbsent(change.processInstanceId(), id -> new ArrayList<>())
            .addAll(change.changes());
      }
    }
    List<ProcessInstanceCommand> merged = new ArrayList<>();
    for (ProcessInstanceCommand command : commandsInOrder) {
      if (!(command instanceof ChangeProcessVariablesCommand change)) {
        merged.add(command);
      } else if (firstByInstance.get(change.processInstanceId()) == change) {
        merged.add(
            new ChangeProcessVariablesCommand(
                change.sourceReference(), changesByInstance.get(change.processInstanceId())));
      }
    }
    return merged;
  }
}
