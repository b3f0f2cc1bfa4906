package io.flowpool.adapter.camunda.collector;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's transaction machinery (propagation, suspension, synchronization) without a resource:
 * enough to drive {@link TransactionBoundFacts} in a unit test. Counts commits.
 */
final class SingleThreadTransactionManager extends AbstractPlatformTransactionManager {

  private static final class Transaction {
    boolean active;
  }

  private final Transaction current = new Transaction();
  private int commits;

  int commits() {
    return commits;
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
  protected void doRollback(DefaultTransactionStatus status) {}

  @Override
  protected void doCleanupAfterCompletion(Object transaction) {
    ((Transaction) transaction).active = false;
  }
}
