package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;
import java.util.List;

/** The engine created, updated or deleted variables of the instance, in this order. */
public record ChangeProcessVariablesCommand(
    SourceReference sourceReference, List<VariableChange> changes)
    implements ProcessInstanceCommand {

  public ChangeProcessVariablesCommand {
    Values.require(sourceReference, "sourceReference");
    changes = changes == null ? List.of() : List.copyOf(changes);
  }
}
