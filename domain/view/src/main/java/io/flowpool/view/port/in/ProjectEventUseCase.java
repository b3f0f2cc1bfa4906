package io.flowpool.view.port.in;

import io.flowpool.view.api.ViewEvent;

/**
 * Brings one taskpool or datapool event into the view. Safe to call again with the same event (a
 * duplicate changes nothing) and in any order (an early event waits for its predecessors).
 */
public interface ProjectEventUseCase {

  void project(ViewEvent<?> event);
}
