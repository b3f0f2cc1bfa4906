package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.testing.TaskActionContract;
import io.flowpool.view.testing.ViewStores;

class InMemoryTaskActionTest extends TaskActionContract {

  @Override
  protected ViewStores createStores() {
    return InMemoryStores.create();
  }
}
