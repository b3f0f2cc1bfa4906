package io.flowpool.taskpool.usecase;

import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.process.CancelProcessInstanceCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.model.EngineTransactionAccumulator;
import io.flowpool.taskpool.model.ProcessVariableChangeMerger;
import io.flowpool.taskpool.port.in.EngineTransaction;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import java.util.List;

/**
 * Dispatches one engine transaction in an order that lets every reader see causes before effects:
 * process definitions, then instance starts, suspensions and variable changes, then the tasks
 * (merged into one intent per task), and last the instance ends.
 */
public class SubmitEngineTransactionService implements SubmitEngineTransactionUseCase {

  private final EngineTransactionAccumulator accumulator = new EngineTransactionAccumulator();
  private final ProcessVariableChangeMerger variableMerger = new ProcessVariableChangeMerger();
  private final TaskpoolCommandDispatcher dispatcher;

  public SubmitEngineTransactionService(TaskpoolCommandDispatcher dispatcher) {
    this.dispatcher = Values.require(dispatcher, "dispatcher");
  }

  @Override
  public void submit(EngineTransaction transaction) {
    Values.require(transaction, "transaction");
    for (RegisterProcessDefinitionCommand definition : transaction.processDefinitions()) {
      dispatcher.dispatch(definition);
    }
    List<ProcessInstanceCommand> instanceCommands =
        variableMerger.merge(transaction.processInstanceCommands());
    instanceCommands.stream()
        .filter(command -> !endsInstance(command))
        .forEach(dispatcher::dispatch);
    for (EngineTaskCommand command : accumulator.accumulate(transaction.taskCommands())) {
      dispatcher.dispatch(command);
    }
    instanceCommands.stream().filter(this::endsInstance).forEach(dispatcher::dispatch);
  }

  private boolean endsInstance(ProcessInstanceCommand command) {
    return command instanceof FinishProcessInstanceCommand
        || command instanceof CancelProcessInstanceCommand;
  }
}
