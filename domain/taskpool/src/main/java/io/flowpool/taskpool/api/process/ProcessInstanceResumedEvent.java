package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The instance runs again. */
public record ProcessInstanceResumedEvent(SourceReference sourceReference)
    implements ProcessInstanceEvent {

  public ProcessInstanceResumedEvent {
    Values.require(sourceReference, "sourceReference");
  }
}
