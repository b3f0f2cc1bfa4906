package io.flowpool.view.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one transaction of the view's store: all of it commits, or, if it throws, none of
 * it. Joins a transaction the calling thread already has.
 */
public interface ViewTransactions {

  <T> T inTransaction(Supplier<T> work);
}
