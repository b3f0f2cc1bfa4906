package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;

/** A command addressed to one process instance (aggregate id = process instance id). */
public sealed interface ProcessInstanceCommand
    permits StartProcessInstanceCommand,
        FinishProcessInstanceCommand,
        CancelProcessInstanceCommand,
        SuspendProcessInstanceCommand,
        ResumeProcessInstanceCommand,
        ChangeProcessVariablesCommand {

  SourceReference sourceReference();

  default String processInstanceId() {
    return sourceReference().instanceId();
  }
}
