package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.testing.ViewStores;
import io.flowpool.view.testing.ViewSubscriptionContract;

class InMemoryViewSubscriptionTest extends ViewSubscriptionContract {

  @Override
  protected ViewStores createStores() {
    return InMemoryStores.create();
  }
}
