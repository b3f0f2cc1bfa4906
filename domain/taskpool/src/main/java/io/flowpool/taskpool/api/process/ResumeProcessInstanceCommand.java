package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;

/** The suspended instance was activated again. */
public record ResumeProcessInstanceCommand(SourceReference sourceReference)
    implements ProcessInstanceCommand {

  public ResumeProcessInstanceCommand {
    Values.require(sourceReference, "sourceReference");
  }
}
