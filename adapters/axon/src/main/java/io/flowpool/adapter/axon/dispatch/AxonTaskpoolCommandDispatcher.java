package io.flowpool.adapter.axon.dispatch;

import io.flowpool.adapter.axon.command.ProcessInstanceCommandBatch;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import java.util.List;

/** Dispatches taskpool commands to their aggregate shells through Axon's command bus. */
public class AxonTaskpoolCommandDispatcher implements TaskpoolCommandDispatcher {

  private final DomainCommandGateway gateway;

  public AxonTaskpoolCommandDispatcher(DomainCommandGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public void dispatch(EngineTaskCommand command) {
    gateway.send(command);
  }

  @Override
  public void dispatch(InteractionTaskCommand command) {
    gateway.send(command);
  }

  @Override
  public void dispatch(ProcessInstanceCommand command) {
    gateway.send(command);
  }

  /** As one Axon command, which the instance's shell decides in order. */
  @Override
  public void dispatchInOrder(List<ProcessInstanceCommand> commandsOfOneInstance) {
    gateway.send(new ProcessInstanceCommandBatch(commandsOfOneInstance));
  }

  @Override
  public void dispatch(RegisterProcessDefinitionCommand command) {
    gateway.send(command);
  }
}
