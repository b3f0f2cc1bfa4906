package io.flowpool.datapool.api;

/** Where a data entry stands in its processing, independent of the business's own labels. */
public enum ProcessingType {
  PRELIMINARY,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED,
  UNDEFINED,
  DELETED;

  /** This processing type with a business label, e.g. {@code IN_PROGRESS.of("In review")}. */
  public DataEntryState of(String state) {
    return new DataEntryState(this, state);
  }
}
