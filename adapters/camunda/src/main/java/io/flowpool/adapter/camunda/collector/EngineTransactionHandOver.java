package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.port.in.EngineTransaction;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Assembles collected facts in an engine command of its own (it joins the transaction that is
 * committing) and submits the result to the taskpool.
 */
final class EngineTransactionHandOver {

  private final ProcessEngineConfigurationImpl engine;
  private final EngineTransactionAssembler assembler;
  private final Supplier<SubmitEngineTransactionUseCase> taskpool;

  EngineTransactionHandOver(
      ProcessEngineConfigurationImpl engine,
      EngineTransactionAssembler assembler,
      Supplier<SubmitEngineTransactionUseCase> taskpool) {
    this.engine = engine;
    this.assembler = assembler;
    this.taskpool = taskpool;
  }

  void handOver(CollectedFacts facts) {
    EngineTransaction transaction =
        engine
            .getCommandExecutorTxRequired()
            .execute(
                commandContext -> {
                  // the collector reads everything, whoever is logged in
                  commandContext.disableAuthorizationCheck();
                  commandContext.disableTenantCheck();
                  return assembler.assemble(commandContext, facts);
                });
    if (!transaction.isEmpty()) {
      taskpool.get().submit(transaction);
    }
  }
}
