package io.flowpool.view.api;

import io.flowpool.common.api.Values;
import java.util.Set;

/** The variables of one process instance: those named, or all if no name is given. */
public record ProcessVariablesForInstanceQuery(String processInstanceId, Set<String> names) {

  public ProcessVariablesForInstanceQuery {
    QueryLimits.requireText(processInstanceId, "processInstanceId");
    names = Values.sortedSet(names, "names");
  }
}
