package io.flowpool.view.port.in;

import io.flowpool.view.api.ViewEvent;
import java.util.List;

/**
 * Brings one taskpool or datapool event into the view. Safe to call again with the same event (a
 * duplicate changes nothing) and in any order (an early event waits for its predecessors).
 */
public interface ProjectEventUseCase {

  void project(ViewEvent<?> event);

  /**
   * Brings several events into the view in one transaction, each in turn exactly as {@link
   * #project} would (duplicates and early events inside the list included): all of them commit, or,
   * if one fails, none does and this throws. Saves a commit per event where events come in bulk.
   */
  void projectAll(List<ViewEvent<?>> events);
}
