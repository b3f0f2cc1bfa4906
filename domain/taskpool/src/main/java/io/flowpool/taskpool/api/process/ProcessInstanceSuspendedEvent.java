package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The instance is suspended. */
public record ProcessInstanceSuspendedEvent(SourceReference sourceReference)
    implements ProcessInstanceEvent {

  public ProcessInstanceSuspendedEvent {
    Values.require(sourceReference, "sourceReference");
  }
}
