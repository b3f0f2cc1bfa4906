package io.flowpool.adapter.inmemoryview;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import io.flowpool.view.port.out.ProjectionProgressStore;
import io.flowpool.view.port.out.TaskViewStore;
import io.flowpool.view.port.out.ViewTransactions;

/**
 * A complete view store in memory: every store port of the view over one set of tables and one
 * transaction boundary. It keeps nothing across restarts; the event stream must be replayed.
 */
public final class InMemoryView {

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final InMemoryTaskViewStore tasks;
  private final InMemoryDataEntryViewStore dataEntries;
  private final InMemoryProcessDefinitionViewStore processDefinitions;
  private final InMemoryProcessInstanceViewStore processInstances;
  private final InMemoryProcessVariableViewStore processVariables;
  private final InMemoryProjectionProgressStore progress;

  public InMemoryView() {
    InMemoryTable<String, TaskView> taskRows = new InMemoryTable<>(database);
    InMemoryTable<DataIdentity, DataEntryView> entryRows = new InMemoryTable<>(database);
    tasks = new InMemoryTaskViewStore(database, taskRows, entryRows);
    dataEntries = new InMemoryDataEntryViewStore(database, entryRows);
    processDefinitions = new InMemoryProcessDefinitionViewStore(new InMemoryTable<>(database));
    processInstances = new InMemoryProcessInstanceViewStore(new InMemoryTable<>(database));
    processVariables = new InMemoryProcessVariableViewStore(new InMemoryTable<>(database));
    progress = new InMemoryProjectionProgressStore(new InMemoryTable<>(database));
  }

  public TaskViewStore tasks() {
    return tasks;
  }

  public DataEntryViewStore dataEntries() {
    return dataEntries;
  }

  public ProcessDefinitionViewStore processDefinitions() {
    return processDefinitions;
  }

  public ProcessInstanceViewStore processInstances() {
    return processInstances;
  }

  public ProcessVariableViewStore processVariables() {
    return processVariables;
  }

  public ProjectionProgressStore progress() {
    return progress;
  }

  public ViewTransactions transactions() {
    return database;
  }
}
