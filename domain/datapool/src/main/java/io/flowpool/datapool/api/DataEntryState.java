package io.flowpool.datapool.api;

import io.flowpool.common.api.Values;

/** A data entry's state: a processing type and the business's own label for it. */
public record DataEntryState(ProcessingType processingType, String state) {

  public DataEntryState {
    Values.require(processingType, "state.processingType");
    state = state == null ? "" : state;
  }
}
