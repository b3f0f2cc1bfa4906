package io.flowpool.view.usecase;

import io.flowpool.view.api.ResultPage;
import io.flowpool.view.port.in.ViewSubscription;

/** A subscription's handle: its initial result, and how to stop it. */
final class FollowedQuery<T> implements ViewSubscription<T> {

  private final ResultPage<T> initialResult;
  private final Runnable stop;

  FollowedQuery(ResultPage<T> initialResult, Runnable stop) {
    this.initialResult = initialResult;
    this.stop = stop;
  }

  @Override
  public ResultPage<T> initialResult() {
    return initialResult;
  }

  @Override
  public void close() {
    stop.run();
  }
}
