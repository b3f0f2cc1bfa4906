package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;
import java.util.List;

/** Variables of the instance changed, in this order. */
public record ProcessVariablesChangedEvent(
    SourceReference sourceReference, List<VariableChange> changes) implements ProcessInstanceEvent {

  public ProcessVariablesChangedEvent {
    Values.require(sourceReference, "sourceReference");
    changes = changes == null ? List.of() : List.copyOf(changes);
  }
}
