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

  /** This transaction's commands, each list followed by the same list of the next part. */
  public EngineTransaction followedBy(EngineTransaction next) {
    return new EngineTransaction(
        concat(processDefinitions, next.processDefinitions),
        concat(processInstanceCommands, next.processInstanceCommands),
        concat(taskCommands, next.taskCommands));
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  public boolean isEmpty() {
    return processDefinitions.isEmpty()
        && processInstanceCommands.isEmpty()
        && taskCommands.isEmpty();
  }
}
