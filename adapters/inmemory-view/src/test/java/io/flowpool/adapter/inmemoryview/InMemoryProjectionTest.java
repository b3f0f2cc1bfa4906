package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.testing.ProjectionContract;
import io.flowpool.view.testing.ViewStores;

class InMemoryProjectionTest extends ProjectionContract {

  @Override
  protected ViewStores createStores() {
    return InMemoryStores.create();
  }
}
