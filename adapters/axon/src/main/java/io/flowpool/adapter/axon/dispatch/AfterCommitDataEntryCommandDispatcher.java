package io.flowpool.adapter.axon.dispatch;

import io.flowpool.datapool.api.DataEntryCommand;
import io.flowpool.datapool.port.out.DataEntryCommandDispatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends data entries only once the business transaction has committed, so that a rolled-back
 * business change publishes nothing. Inside a transaction the command waits for the commit and then
 * runs in a transaction of its own; a failure there surfaces to the committer but cannot undo the
 * business change. Outside a transaction it is sent at once.
 */
public class AfterCommitDataEntryCommandDispatcher implements DataEntryCommandDispatcher {

  private final DataEntryCommandDispatcher delegate;
  private final TransactionTemplate ownTransaction;

  public AfterCommitDataEntryCommandDispatcher(
      DataEntryCommandDispatcher delegate, PlatformTransactionManager transactionManager) {
    this.delegate = delegate;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void dispatch(DataEntryCommand command) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      delegate.dispatch(command);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            ownTransaction.executeWithoutResult(status -> delegate.dispatch(command));
          }
        });
  }
}
