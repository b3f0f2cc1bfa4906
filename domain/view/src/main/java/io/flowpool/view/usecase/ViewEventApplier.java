package io.flowpool.view.usecase;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Values;
import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.model.AggregateKind;
import io.flowpool.view.model.DataEntryProjection;
import io.flowpool.view.model.ProcessProjection;
import io.flowpool.view.model.RowChange;
import io.flowpool.view.model.TaskProjection;
import io.flowpool.view.model.ViewChange;
import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import io.flowpool.view.port.out.TaskViewStore;
import java.util.List;

/** Applies one event, already let through by the sequence guard, to the rows it changes. */
class ViewEventApplier {

  private final TaskViewStore tasks;
  private final DataEntryViewStore dataEntries;
  private final ProcessDefinitionViewStore processDefinitions;
  private final ProcessInstanceViewStore processInstances;
  private final ProcessVariableViewStore processVariables;

  ViewEventApplier(
      TaskViewStore tasks,
      DataEntryViewStore dataEntries,
      ProcessDefinitionViewStore processDefinitions,
      ProcessInstanceViewStore processInstances,
      ProcessVariableViewStore processVariables) {
    this.tasks = Values.require(tasks, "tasks");
    this.dataEntries = Values.require(dataEntries, "dataEntries");
    this.processDefinitions = Values.require(processDefinitions, "processDefinitions");
    this.processInstances = Values.require(processInstances, "processInstances");
    this.processVariables = Values.require(processVariables, "processVariables");
  }

  List<ViewChange> apply(AggregateKind kind, ViewEvent<?> envelope) {
    switch (kind) {
      case TASK:
        return applyTask((TaskEvent) envelope.event(), envelope.sequenceNumber());
      case DATA_ENTRY:
        return applyDataEntry(envelope);
      case PROCESS_DEFINITION:
        ProcessDefinitionView definition =
            ProcessProjection.definition((ProcessDefinitionRegisteredEvent) envelope.event());
        processDefinitions.save(definition);
        return List.of(new ViewChange.ProcessDefinitionChanged(definition));
      default:
        return applyProcessInstance((ProcessInstanceEvent) envelope.event());
    }
  }

  private List<ViewChange> applyTask(TaskEvent event, long sequence) {
    RowChange<TaskView> change = TaskProjection.apply(tasks.load(event.taskId()), event, sequence);
    if (change instanceof RowChange.Upsert<TaskView> upsert) {
      tasks.save(upsert.row());
      return List.of(new ViewChange.TaskChanged(upsert.row()));
    }
    if (change instanceof RowChange.Delete) {
      tasks.delete(event.taskId());
      return List.of(new ViewChange.TaskRemoved(event.taskId(), sequence));
    }
    return List.of();
  }

  private List<ViewChange> applyDataEntry(ViewEvent<?> envelope) {
    DataEntryEvent event = (DataEntryEvent) envelope.event();
    DataIdentity identity = event.identity();
    RowChange<DataEntryView> change =
        DataEntryProjection.apply(
            dataEntries.load(identity), event, envelope.sequenceNumber(), envelope.timestamp());
    if (change instanceof RowChange.Upsert<DataEntryView> upsert) {
      dataEntries.save(upsert.row());
      return List.of(new ViewChange.DataEntryChanged(upsert.row()));
    }
    if (change instanceof RowChange.Delete) {
      dataEntries.delete(identity);
      return List.of(new ViewChange.DataEntryRemoved(identity, envelope.sequenceNumber()));
    }
    return List.of();
  }

  private List<ViewChange> applyProcessInstance(ProcessInstanceEvent event) {
    if (event instanceof ProcessVariablesChangedEvent variables) {
      List<ViewChange> changes = ProcessProjection.variables(variables);
      for (ViewChange change : changes) {
        if (change instanceof ViewChange.ProcessVariableChanged changed) {
          processVariables.save(changed.variable());
        } else if (change instanceof ViewChange.ProcessVariableRemoved removed) {
          processVariables.delete(removed.processInstanceId(), removed.variableInstanceId());
        }
      }
      return changes;
    }
    RowChange<ProcessInstanceView> change =
        ProcessProjection.instance(processInstances.load(event.processInstanceId()), event);
    if (change instanceof RowChange.Upsert<ProcessInstanceView> upsert) {
      processInstances.save(upsert.row());
      return List.of(new ViewChange.ProcessInstanceChanged(upsert.row()));
    }
    return List.of();
  }
}
