package io.flowpool.view.api;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Values;

/** A change of a followed data entry query's answer: an entry to show (again) or to take away. */
public sealed interface DataEntryUpdate {

  DataIdentity identity();

  /** The entry matches the query, now with this content. */
  record Upserted(DataEntryView dataEntry) implements DataEntryUpdate {

    public Upserted {
      Values.require(dataEntry, "dataEntry");
    }

    @Override
    public DataIdentity identity() {
      return dataEntry.identity();
    }
  }

  /** The entry no longer matches: deleted, or changed so that the query excludes it. */
  record Removed(DataIdentity identity) implements DataEntryUpdate {

    public Removed {
      Values.require(identity, "identity");
    }
  }
}
