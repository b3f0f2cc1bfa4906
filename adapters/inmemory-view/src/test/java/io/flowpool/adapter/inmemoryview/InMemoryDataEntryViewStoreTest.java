package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.testing.DataEntryViewStoreContract;
import io.flowpool.view.testing.ViewStores;

class InMemoryDataEntryViewStoreTest extends DataEntryViewStoreContract {

  @Override
  protected ViewStores createStores() {
    return InMemoryStores.create();
  }
}
