package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The engine started the instance. */
public record StartProcessInstanceCommand(
    SourceReference sourceReference,
    String businessKey,
    String startUserId,
    String superInstanceId,
    String startActivityId)
    implements ProcessInstanceCommand {

  public StartProcessInstanceCommand {
    Values.require(sourceReference, "sourceReference");
  }
}
