package io.flowpool.view.testing;

import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import io.flowpool.view.port.out.ProjectionProgressStore;
import io.flowpool.view.port.out.TaskViewStore;
import io.flowpool.view.port.out.ViewTransactions;

/** Every store port of the view, as one adapter provides them to the contract suite. */
public record ViewStores(
    TaskViewStore tasks,
    DataEntryViewStore dataEntries,
    ProcessDefinitionViewStore processDefinitions,
    ProcessInstanceViewStore processInstances,
    ProcessVariableViewStore processVariables,
    ProjectionProgressStore progress,
    ViewTransactions transactions) {

  /** The same stores with another progress store, e.g. one that fails on purpose. */
  public ViewStores withProgress(ProjectionProgressStore otherProgress) {
    return new ViewStores(
        tasks,
        dataEntries,
        processDefinitions,
        processInstances,
        processVariables,
        otherProgress,
        transactions);
  }
}
