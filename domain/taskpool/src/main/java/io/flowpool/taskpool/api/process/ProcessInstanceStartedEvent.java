package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The instance started. */
public record ProcessInstanceStartedEvent(
    SourceReference sourceReference,
    String businessKey,
    String startUserId,
    String superInstanceId,
    String startActivityId)
    implements ProcessInstanceEvent {

  public ProcessInstanceStartedEvent {
    Values.require(sourceReference, "sourceReference");
  }
}
