package io.flowpool.view.api;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** A process instance and how it started and ended. */
public record ProcessInstanceView(
    String processInstanceId,
    SourceReference sourceReference,
    ProcessInstanceState state,
    String businessKey,
    String superInstanceId,
    String startActivityId,
    String endActivityId,
    String startUserId,
    String deleteReason) {

  public ProcessInstanceView {
    Values.requireText(processInstanceId, "processInstanceId");
    Values.require(sourceReference, "sourceReference");
    Values.require(state, "state");
  }
}
