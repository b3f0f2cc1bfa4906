package io.flowpool.taskpool.model;

import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges everything one engine transaction reported into the few commands that express its intent
 * per task: a create absorbs the changes that follow it, a complete absorbs the assignment before
 * it, candidate changes merge as set arithmetic, and nothing follows a complete or delete.
 */
public final class EngineTransactionAccumulator {

  /**
   * The commands to dispatch, grouped by task (tasks in order of first appearance, each task's
   * commands contiguous and in the order they must be handled).
   */
  public List<EngineTaskCommand> accumulate(List<EngineTaskCommand> commandsInOrder) {
    Values.require(commandsInOrder, "commandsInOrder");
    Map<String, TaskIntent> intents = new LinkedHashMap<>();
    for (EngineTaskCommand command : commandsInOrder) {
      Values.require(command, "command");
      intents.computeIfAbsent(command.taskId(), TaskIntent::new).apply(command);
    }
    return intents.values().stream().flatMap(intent -> intent.toCommands().stream()).toList();
  }
}
