package io.flowpool.adapter.axon.dispatch;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's transaction machinery (propagation, suspension, synchronization) without a resource, for
 * one thread; counts the transactions it begins, commits and rolls back.
 */
final class InMemoryTransactions extends AbstractPlatformTransactionManager {

  private static final class Transaction {
    boolean active;
  }

  private final Transaction current = new Transaction();
  private int begun;
  private int commits;
  private int rollbacks;

  int begun() {
    return begun;
  }

  int commits() {
    return commits;
  }

  int rollbacks() {
    return rollbacks;
  }

  @Override
  protected Object doGetTransaction() {
    return current;
  }

  @Override
  protected boolean isExistingTransaction(Object transaction) {
    return ((Transaction) transaction).active;
  }

  @Override
  protected void doBegin(Object transaction, TransactionDefinition definition) {
    ((Transaction) transaction).active = true;
    begun++;
  }

  @Override
  protected Object doSuspend(Object transaction) {
    ((Transaction) transaction).active = false;
    return Boolean.TRUE;
  }

  @Override
  protected void doResume(Object transaction, Object suspendedResources) {
    current.active = true;
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    commits++;
  }

  @Override
  protected void doRollback(DefaultTransactionStatus status) {
    rollbacks++;
  }

  @Override
  protected void doCleanupAfterCompletion(Object transaction) {
    ((Transaction) transaction).active = false;
  }
}
