package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.port.in.EngineTransaction;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Assembles collected facts into the engine transaction the taskpool receives and submits it:
 * either inside the engine command that reported them, or in an engine command of its own (it joins
 * the transaction that is committing). The collector reads everything, whoever is logged in.
 */
final class EngineTransactionHandOver implements TransactionBoundFacts.HandOver {

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

  @Override
  public EngineTransaction assemble(CommandContext context, CollectedFacts pending) {
    boolean authorizationCheck = context.isAuthorizationCheckEnabled();
    boolean tenantCheck = context.isTenantCheckEnabled();
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    try {
      return assembler.assemble(context, pending);
    } finally {
      context.setAuthorizationCheckEnabled(authorizationCheck);
      context.setTenantCheckEnabled(tenantCheck);
    }
  }

  /** One engine transaction, however many engine commands it took, is submitted once. */
  @Override
  public void handOver(List<EngineTransaction> assembled, CollectedFacts pending) {
    List<EngineTransaction> parts = new ArrayList<>(assembled);
    if (!pending.isEmpty()) {
      parts.add(
          engine
              .getCommandExecutorTxRequired()
              .execute(commandContext -> assemble(commandContext, pending)));
    }
    EngineTransaction transaction = EngineTransaction.inOrder(parts);
    if (!transaction.isEmpty()) {
      taskpool.get().submit(transaction);
    }
  }
}
