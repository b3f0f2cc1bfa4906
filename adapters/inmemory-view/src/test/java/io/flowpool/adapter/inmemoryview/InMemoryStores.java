package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.testing.ViewStores;

/** A fresh in-memory view as the contract suite wants it. */
final class InMemoryStores {

  private InMemoryStores() {}

  static ViewStores create() {
    InMemoryView view = new InMemoryView();
    return new ViewStores(
        view.tasks(),
        view.dataEntries(),
        view.processDefinitions(),
        view.processInstances(),
        view.processVariables(),
        view.progress(),
        view.transactions());
  }
}
