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
 * process definitions, then instance starts, suspensions and variable changes (consecutive ones of
 * one instance in one call), then the tasks (merged into one intent per task), and last the
 * instance ends.
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
    dispatchByInstance(
        instanceCommands.stream().filter(command -> !endsInstance(command)).toList());
    for (EngineTaskCommand command : accumulator.accumulate(transaction.taskCommands())) {
      dispatcher.dispatch(command);
    }
    instanceCommands.stream().filter(this::endsInstance).forEach(dispatcher::dispatch);
  }

  /** Each run of consecutive commands of one instance goes to the dispatcher as one call. */
  private void dispatchByInstance(List<ProcessInstanceCommand> commands) {
    int from = 0;
    while (from < commands.size()) {
      String instanceId = commands.get(from).processInstanceId();
      int to = from + 1;
      while (to < commands.size() && commands.get(to).processInstanceId().equals(instanceId)) {
        to++;
      }
      if (to - from == 1) {
        dispatcher.dispatch(commands.get(from));
      } else {
        dispatcher.dispatchInOrder(List.copyOf(commands.subList(from, to)));
      }
      from = to;
    }
  }

  private boolean endsInstance(ProcessInstanceCommand command) {
    return command instanceof FinishProcessInstanceCommand
        || command instanceof CancelProcessInstanceCommand;
  }
}
