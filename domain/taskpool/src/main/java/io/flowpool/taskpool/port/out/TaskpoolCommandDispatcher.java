package io.flowpool.taskpool.port.out;

import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;

/**
 * Hands taskpool commands to the deciders that own them. Each call dispatches synchronously in the
 * caller's transaction and returns once the command is handled; a refused command surfaces as the
 * decider's {@link io.flowpool.common.api.CommandRefusedException} subclass.
 */
public interface TaskpoolCommandDispatcher {

  void dispatch(EngineTaskCommand command);

  void dispatch(InteractionTaskCommand command);

  void dispatch(ProcessInstanceCommand command);

  void dispatch(RegisterProcessDefinitionCommand command);
}
