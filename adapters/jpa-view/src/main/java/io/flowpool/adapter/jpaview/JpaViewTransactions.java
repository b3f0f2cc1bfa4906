package io.flowpool.adapter.jpaview;

import io.flowpool.view.port.out.ViewTransactions;
import java.util.function.Supplier;

/**
 * The projection's transactions on the application's one transaction manager: each projected event,
 * or batch of events, commits on its own (see {@link ViewDatabase#inOwnTransaction}).
 */
final class JpaViewTransactions implements ViewTransactions {

  private final ViewDatabase database;

  JpaViewTransactions(ViewDatabase database) {
    this.database = database;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return database.inOwnTransaction(work);
  }
}
