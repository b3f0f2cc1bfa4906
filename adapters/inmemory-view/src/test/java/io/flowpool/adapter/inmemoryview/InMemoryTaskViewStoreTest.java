package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.testing.TaskViewStoreContract;
import io.flowpool.view.testing.ViewStores;

class InMemoryTaskViewStoreTest extends TaskViewStoreContract {

  @Override
  protected ViewStores createStores() {
    return InMemoryStores.create();
  }
}
