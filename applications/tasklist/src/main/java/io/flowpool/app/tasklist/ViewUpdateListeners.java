package io.flowpool.app.tasklist;

import io.flowpool.view.model.ViewChange;
import io.flowpool.view.port.out.ViewUpdateListener;
import java.util.List;

/** Tells several listeners of every committed change, in the order given. */
final class ViewUpdateListeners implements ViewUpdateListener {

  private final List<ViewUpdateListener> listeners;

  ViewUpdateListeners(List<ViewUpdateListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void onChanges(List<ViewChange> changes) {
    listeners.forEach(listener -> listener.onChanges(changes));
  }
}
