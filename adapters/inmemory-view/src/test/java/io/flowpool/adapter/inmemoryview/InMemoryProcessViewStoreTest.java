package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.testing.ProcessViewStoreContract;
import io.flowpool.view.testing.ViewStores;

class InMemoryProcessViewStoreTest extends ProcessViewStoreContract {

  @Override
  protected ViewStores createStores() {
    return InMemoryStores.create();
  }
}
