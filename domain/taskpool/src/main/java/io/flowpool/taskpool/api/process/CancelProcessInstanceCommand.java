package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The instance was cancelled (deleted) before it ended. */
public record CancelProcessInstanceCommand(
    SourceReference sourceReference,
    String businessKey,
    String superInstanceId,
    String endActivityId,
    String deleteReason)
    implements ProcessInstanceCommand {

  public CancelProcessInstanceCommand {
    Values.require(sourceReference, "sourceReference");
  }
}
