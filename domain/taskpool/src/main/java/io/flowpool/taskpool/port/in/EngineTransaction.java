package io.flowpool.taskpool.port.in;

import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one engine transaction reported, each list in the order the engine reported it. The
 * collector hands it over just before the engine commits (or just after, if so configured).
 */
public record EngineTransaction(
    List<RegisterProcessDefinitionCommand> processDefinitions,
    List<ProcessInstanceCommand> processInstanceCommands,
    List<EngineTaskCommand> taskCommands) {

  public EngineTransaction {
    processDefinitions = processDefinitions == null ? List.of() : List.copyOf(processDefinitions);
    processInstanceCommands =
        processInstanceCommands == null ? List.of() : List.copyOf(processInstanceCommands);
    taskCommands = taskCommands == null ? List.of() : List.copyOf(taskCommands);
  }

  /** A transaction that reported only task commands. */
  public static EngineTransaction ofTasks(List<EngineTaskCommand> taskCommands) {
    return new EngineTransaction(List.of(), List.of(), taskCommands);
  }

  /** The parts of one engine transaction as one: each list holds the parts' lists in order. */
  public static EngineTransaction inOrder(List<EngineTransaction> parts) {
    List<RegisterProcessDefinitionCommand> definitions = new ArrayList<>();
    List<ProcessInstanceCommand> instanceCommands = new ArrayList<>();
    List<EngineTaskCommand> taskCommands = new ArrayList<>();
    for (EngineTransaction part : parts) {
      definitions.addAll(part.processDefinitions);
      instanceCommands.addAll(part.processInstanceCommands);
      taskCommands.addAll(part.taskCommands);
    }
    return new EngineTransaction(definitions, instanceCommands, taskCommands);
  }

  public boolean isEmpty() {
    return processDefinitions.isEmpty()
        && processInstanceCommands.isEmpty()
        && taskCommands.isEmpty();
  }
}
