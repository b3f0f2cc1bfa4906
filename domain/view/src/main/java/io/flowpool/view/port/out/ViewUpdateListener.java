package io.flowpool.view.port.out;

import io.flowpool.view.model.ViewChange;
import java.util.List;

/** Learns about every change of the view after it committed, in the order it was made. */
public interface ViewUpdateListener {

  void onChanges(List<ViewChange> changes);

  /** A listener that ignores every change. */
  static ViewUpdateListener none() {
    return changes -> {};
  }
}
