package io.flowpool.view.model;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceCancelledEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceFinishedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceResumedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceStartedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceSuspendedEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ProcessVariableView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How process events change the rows of definitions, instances and variables. An instance row is
 * written by any lifecycle event, also when its start was never seen (the instance may predate
 * Flowpool); variable changes are kept whether or not the instance row exists.
 */
public final class ProcessProjection {

  private ProcessProjection() {}

  public static ProcessDefinitionView definition(ProcessDefinitionRegisteredEvent event) {
    return new ProcessDefinitionView(
        event.processDefinitionId(),
        event.processDefinitionKey(),
        event.processDefinitionVersion(),
        event.applicationName(),
        event.processName(),
        event.versionTag(),
        event.description(),
        event.formKey(),
        event.startableFromTasklist(),
        event.candidateStarterUsers(),
        event.candidateStarterGroups());
  }

  public static RowChange<ProcessInstanceView> instance(
      Optional<ProcessInstanceView> current, ProcessInstanceEvent event) {
    SourceReference source = event.sourceReference();
    String id = event.processInstanceId();
    if (event instanceof ProcessInstanceStartedEvent started) {
      return RowChange.upsert(
          new ProcessInstanceView(
              id,
              source,
              ProcessInstanceState.RUNNING,
              started.businessKey(),
              started.superInstanceId(),
              started.startActivityId(),
              null,
              started.startUserId(),
              null));
    }
    ProcessInstanceView before =
        current.orElseGet(
            () ->
                new ProcessInstanceView(
                    id, source, ProcessInstanceState.RUNNING, null, null, null, null, null, null));
    if (event instanceof ProcessInstanceSuspendedEvent) {
      return RowChange.upsert(withState(before, source, ProcessInstanceState.SUSPENDED));
    }
    if (event instanceof ProcessInstanceResumedEvent) {
      return RowChange.upsert(withState(before, source, ProcessInstanceState.RUNNING));
    }
    if (event instanceof ProcessInstanceFinishedEvent finished) {
      return RowChange.upsert(
          ended(
              before,
              source,
              ProcessInstanceState.FINISHED,
              finished.businessKey(),
              finished.superInstanceId(),
              finished.endActivityId(),
              null));
    }
    if (event instanceof ProcessInstanceCancelledEvent cancelled) {
      return RowChange.upsert(
          ended(
              before,
              source,
              ProcessInstanceState.CANCELLED,
              cancelled.businessKey(),
              cancelled.superInstanceId(),
              cancelled.endActivityId(),
              cancelled.deleteReason()));
    }
    // variable changes leave the instance row alone
    return RowChange.keep();
  }

  /** The variable rows to write or delete, in the order of the event's changes. */
  public static List<ViewChange> variables(ProcessVariablesChangedEvent event) {
    List<ViewChange> changes = new ArrayList<>();
    for (VariableChange change : event.changes()) {
      if (change.type() == VariableChangeType.DELETE) {
        changes.add(
            new ViewChange.ProcessVariableRemoved(
                event.processInstanceId(), change.variableInstanceId()));
      } else {
        changes.add(
            new ViewChange.ProcessVariableChanged(
                new ProcessVariableView(
                    event.processInstanceId(),
                    change.variableInstanceId(),
                    change.variableName(),
                    change.value(),
                    change.scopeActivityInstanceId(),
                    change.revision(),
                    event.sourceReference())));
      }
    }
    return changes;
  }

  private static ProcessInstanceView withState(
      ProcessInstanceView before, SourceReference source, ProcessInstanceState state) {
    return new ProcessInstanceView(
        before.processInstanceId(),
        source,
        state,
        before.businessKey(),
        before.superInstanceId(),
        before.startActivityId(),
        before.endActivityId(),
        before.startUserId(),
        before.deleteReason());
  }

  private static ProcessInstanceView ended(
      ProcessInstanceView before,
      SourceReference source,
      ProcessInstanceState state,
      String businessKey,
      String superInstanceId,
      String endActivityId,
      String deleteReason) {
    return new ProcessInstanceView(
        before.processInstanceId(),
        source,
        state,
        businessKey != null ? businessKey : before.businessKey(),
        superInstanceId != null ? superInstanceId : before.superInstanceId(),
        before.startActivityId(),
        endActivityId,
        before.startUserId(),
        deleteReason);
  }
}
