package io.flowpool.view.port.in;

import io.flowpool.view.api.ResultPage;

/**
 * A followed query: its answer when the subscription started, then updates to its listener until
 * closed. Updates may reach the listener before {@code subscribe} returns; apply them after the
 * initial result (they are never older than it).
 */
public interface ViewSubscription<T> extends AutoCloseable {

  ResultPage<T> initialResult();

  /** Stops the updates; closing twice is harmless. */
  @Override
  void close();
}
