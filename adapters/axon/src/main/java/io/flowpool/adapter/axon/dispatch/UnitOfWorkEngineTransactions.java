package io.flowpool.adapter.axon.dispatch;

import io.flowpool.taskpool.port.in.EngineTransaction;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles all commands of one engine transaction in one Axon unit of work: each command still gets
 * a unit of work of its own, nested in this one, so refusals and results are per command, but an
 * aggregate that several commands address (an instance's start and its variables) is loaded once,
 * and the events of all commands are appended to the store together when this unit of work commits,
 * still in the caller's transaction. Inside a unit of work that is already running, the commands
 * simply nest in that one. A caller without a transaction gets one around the whole unit of work
 * (the events are appended at its end).
 */
public class UnitOfWorkEngineTransactions implements SubmitEngineTransactionUseCase {

  private final SubmitEngineTransactionUseCase delegate;
  private final TransactionTemplate ownTransaction;

  public UnitOfWorkEngineTransactions(
      SubmitEngineTransactionUseCase delegate, PlatformTransactionManager transactions) {
    this.delegate = delegate;
    this.ownTransaction = transactions == null ? null : new TransactionTemplate(transactions);
  }

  @Override
  public void submit(EngineTransaction transaction) {
    if (CurrentUnitOfWork.isStarted()) {
      delegate.submit(transaction);
    } else if (ownTransaction == null
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      submitInUnitOfWork(transaction);
    } else {
      ownTransaction.executeWithoutResult(status -> submitInUnitOfWork(transaction));
    }
  }

  private void submitInUnitOfWork(EngineTransaction transaction) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage(transaction));
    try {
      delegate.submit(transaction);
    } catch (RuntimeException | Error e) {
      unitOfWork.rollback(e);
      throw e;
    }
    // appends the events of all commands; a failure rolls this unit of work back and is rethrown
    unitOfWork.commit();
  }
}
