package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The instance reached an end event. */
public record FinishProcessInstanceCommand(
    SourceReference sourceReference,
    String businessKey,
    String superInstanceId,
    String endActivityId)
    implements ProcessInstanceCommand {

  public FinishProcessInstanceCommand {
    Values.require(sourceReference, "sourceReference");
  }
}
