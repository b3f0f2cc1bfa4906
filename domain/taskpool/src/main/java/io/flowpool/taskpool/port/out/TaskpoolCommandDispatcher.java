package io.flowpool.taskpool.port.out;

import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import java.util.List;

/**
 * Hands taskpool commands to the deciders that own them. Each call dispatches synchronously in the
 * caller's transaction and returns once the command is handled; a refused command surfaces as the
 * decider's {@link io.flowpool.common.api.CommandRefusedException} subclass.
 */
public interface TaskpoolCommandDispatcher {

  void dispatch(EngineTaskCommand command);

  void dispatch(InteractionTaskCommand command);

  void dispatch(ProcessInstanceCommand command);

  /**
   * Commands of one process instance, in their order (an instance's start and its first variables).
   * This default dispatches each of them. A dispatcher may instead hand them to the instance's
   * decider as one unit, which saves a round trip per command: then they succeed or fail together
   * (a refusal of a later one also discards the earlier ones' events), and a caller without a
   * transaction gets one around all of them. The engine's collector calls this inside the engine
   * transaction, whose commit or rollback covers all its commands anyway.
   */
  default void dispatchInOrder(List<ProcessInstanceCommand> commandsOfOneInstance) {
    commandsOfOneInstance.forEach(this::dispatch);
  }

  void dispatch(RegisterProcessDefinitionCommand command);
}
