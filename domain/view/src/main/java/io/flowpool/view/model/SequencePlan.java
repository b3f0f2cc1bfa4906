package io.flowpool.view.model;

import io.flowpool.view.api.ViewEvent;
import java.util.List;

/**
 * The outcome of the sequence guard for one arriving event.
 *
 * @param toApply the events to apply now, in sequence order (empty for a duplicate or an early one)
 * @param progress the progress to store afterwards
 */
public record SequencePlan(List<ViewEvent<?>> toApply, ProjectionProgress progress) {

  public SequencePlan {
    toApply = List.copyOf(toApply);
  }

  /** True if the event was a duplicate: neither applied nor held. */
  public boolean changesNothing(ProjectionProgress before) {
    return toApply.isEmpty() && progress.equals(before);
  }
}
