package io.flowpool.view.port.out;

import io.flowpool.view.api.ProcessVariableView;
import java.util.List;
import java.util.Set;

/** The process variable rows, one per variable instance. */
public interface ProcessVariableViewStore {

  /** Inserts or replaces the row of the variable instance. */
  void save(ProcessVariableView variable);

  /** Deletes the row, if there is one. */
  void delete(String processInstanceId, String variableInstanceId);

  /** The instance's variables with one of the names (all if none given), by name, then id. */
  List<ProcessVariableView> findForInstance(String processInstanceId, Set<String> names);
}
