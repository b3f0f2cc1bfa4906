package io.flowpool.adapter.rest.dataentry;

import io.flowpool.common.api.DataIdentity;

/** The event data of a data entry that left a followed query. */
public record RemovedDataEntry(String entryType, String entryId) {

  static RemovedDataEntry of(DataIdentity identity) {
    return new RemovedDataEntry(identity.entryType(), identity.entryId());
  }
}
