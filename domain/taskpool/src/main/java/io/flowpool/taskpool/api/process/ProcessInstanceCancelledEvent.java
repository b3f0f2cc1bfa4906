package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The instance was cancelled. */
public record ProcessInstanceCancelledEvent(
    SourceReference sourceReference,
    String businessKey,
    String superInstanceId,
    String endActivityId,
    String deleteReason)
    implements ProcessInstanceEvent {

  public ProcessInstanceCancelledEvent {
    Values.require(sourceReference, "sourceReference");
  }
}
