package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The instance ended normally. */
public record ProcessInstanceFinishedEvent(
    SourceReference sourceReference,
    String businessKey,
    String superInstanceId,
    String endActivityId)
    implements ProcessInstanceEvent {

  public ProcessInstanceFinishedEvent {
    Values.require(sourceReference, "sourceReference");
  }
}
