package io.flowpool.adapter.rest.process;

import io.flowpool.adapter.rest.web.SourceReferenceJson;
import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import io.swagger.v3.oas.annotations.media.Schema;

/** A process instance, as JSON. */
@Schema(name = "ProcessInstance")
public record ProcessInstanceJson(
    String processInstanceId,
    SourceReferenceJson sourceReference,
    ProcessInstanceState state,
    String businessKey,
    String superInstanceId,
    String startActivityId,
    String endActivityId,
    String startUserId,
    String deleteReason) {

  static ProcessInstanceJson of(ProcessInstanceView instance) {
    return new ProcessInstanceJson(
        instance.processInstanceId(),
        SourceReferenceJson.of(instance.sourceReference()),
        instance.state(),
        instance.businessKey(),
        instance.superInstanceId(),
        instance.startActivityId(),
        instance.endActivityId(),
        instance.startUserId(),
        instance.deleteReason());
  }
}
