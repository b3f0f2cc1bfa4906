package io.flowpool.adapter.axon.command;

import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import java.util.List;

/**
 * Commands of one process instance that one Axon command carries to its shell, which decides them
 * in order: one command handling instead of one per command (an instance's start and its first
 * variables come in the same engine transaction).
 */
public record ProcessInstanceCommandBatch(List<ProcessInstanceCommand> commands) {

  public ProcessInstanceCommandBatch {
    Values.require(commands, "commands");
    commands = List.copyOf(commands);
    if (commands.isEmpty()) {
      throw new IllegalArgumentException("a batch of process instance commands needs a command");
    }
    String instanceId = commands.get(0).processInstanceId();
    if (commands.stream().anyMatch(command -> !command.processInstanceId().equals(instanceId))) {
      throw new IllegalArgumentException(
          "a batch holds the commands of one process instance, not of several: " + commands);
    }
  }

  /** The instance all commands address. */
  public String processInstanceId() {
    return commands.get(0).processInstanceId();
  }
}
