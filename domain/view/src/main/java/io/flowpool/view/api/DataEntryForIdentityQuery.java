package io.flowpool.view.api;

import io.flowpool.common.api.DataIdentity;

/** One data entry, if it exists and the user may see it; both cases answer "not found" alike. */
public record DataEntryForIdentityQuery(String entryType, String entryId, CurrentUser user)
    implements DataEntryQuery {

  public DataEntryForIdentityQuery {
    QueryLimits.requireText(entryType, "entryType");
    QueryLimits.requireText(entryId, "entryId");
    QueryLimits.requireUser(user);
  }

  public DataIdentity identity() {
    return new DataIdentity(entryType, entryId);
  }
}
