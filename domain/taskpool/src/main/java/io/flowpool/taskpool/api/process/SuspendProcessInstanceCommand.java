package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The instance was suspended. */
public record SuspendProcessInstanceCommand(SourceReference sourceReference)
    implements ProcessInstanceCommand {

  public SuspendProcessInstanceCommand {
    Values.require(sourceReference, "sourceReference");
  }
}
