package io.flowpool.view.model;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.api.TaskView;

/** A committed change of the view, as the projection hands it to live subscriptions. */
public sealed interface ViewChange {

  /** A task was written with this content. */
  record TaskChanged(TaskView task) implements ViewChange {}

  /** A task was completed or deleted by its event with this sequence number. */
  record TaskRemoved(String taskId, long version) implements ViewChange {}

  /** A data entry was written with this content. */
  record DataEntryChanged(DataEntryView dataEntry) implements ViewChange {}

  /** A data entry was deleted by its event with this sequence number. */
  record DataEntryRemoved(DataIdentity identity, long version) implements ViewChange {}

  /** A process definition was written. */
  record ProcessDefinitionChanged(ProcessDefinitionView definition) implements ViewChange {}

  /** A process instance was written. */
  record ProcessInstanceChanged(ProcessInstanceView instance) implements ViewChange {}

  /** A process variable was written. */
  record ProcessVariableChanged(ProcessVariableView variable) implements ViewChange {}

  /** A process variable was deleted. */
  record ProcessVariableRemoved(String processInstanceId, String variableInstanceId)
      implements ViewChange {}
}
