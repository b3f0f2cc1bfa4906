package io.flowpool.view.port.out;

import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.ProcessDefinitionView;
import java.util.List;

/** The process definition rows. */
public interface ProcessDefinitionViewStore {

  /** Inserts or replaces the row of {@code definition.processDefinitionId()}. */
  void save(ProcessDefinitionView definition);

  /**
   * The definitions the user may start ({@code ViewAuthorization.canStart}), by key, then newest
   * version first.
   */
  List<ProcessDefinitionView> findStartableBy(CurrentUser user);
}
