package io.flowpool.adapter.jpaview;

import io.flowpool.view.port.out.ViewTransactions;
import java.util.function.Supplier;

/**
 * The view's transactions on the application's one transaction manager: work joins a transaction
 * the thread already has (an Axon tracking processor's, whose token then commits with the rows).
 */
final class JpaViewTransactions implements ViewTransactions {

  private final ViewDatabase database;

  JpaViewTransactions(ViewDatabase database) {
    this.database = database;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return database.inTransaction(work);
  }
}
