package io.flowpool.datapool.model;

/** Where a data entry is in its life. */
public enum DataEntryStatus {
  /** Never created: no event yet. */
  NONE,
  /** Created (or created again after a lax deletion) and not deleted since. */
  ACTIVE,
  /** Deleted; what may follow depends on the {@link DeletionStrategy}. */
  DELETED
}
