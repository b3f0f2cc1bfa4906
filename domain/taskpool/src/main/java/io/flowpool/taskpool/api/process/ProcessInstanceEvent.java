package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;

/** Something that happened to one process instance or its variables. */
public sealed interface ProcessInstanceEvent
    permits ProcessInstanceStartedEvent,
        ProcessInstanceFinishedEvent,
        ProcessInstanceCancelledEvent,
        ProcessInstanceSuspendedEvent,
        ProcessInstanceResumedEvent,
        ProcessVariablesChangedEvent {

  SourceReference sourceReference();

  default String processInstanceId() {
    return sourceReference().instanceId();
  }
}
