package io.flowpool.view.api;

import io.flowpool.common.api.Values;
import java.util.EnumSet;
import java.util.Set;

/** The process instances in any of the given states, by instance id, for administrators. */
public record ProcessInstancesByStateQuery(Set<ProcessInstanceState> states, int page, int size) {

  public ProcessInstancesByStateQuery {
    if (states == null || states.isEmpty()) {
      throw new InvalidQueryException("states must name at least one state");
    }
    states = Set.copyOf(EnumSet.copyOf(Values.require(states, "states")));
    QueryLimits.checkPage(page, size);
  }
}
