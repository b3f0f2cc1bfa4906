package io.flowpool.datapool.model;

import io.flowpool.common.api.Authorization;
import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Values;
import java.util.Set;

/**
 * The state of one data entry as its decider sees it: its identity, its status and who is
 * authorized for it. The content itself lives in the events and the view; no rule reads it.
 */
public record DataEntry(
    DataIdentity identity, DataEntryStatus status, Authorization authorization) {

  public DataEntry {
    Values.require(identity, "identity");
    Values.require(status, "status");
    authorization = authorization == null ? Authorization.nobody() : authorization;
  }

  /** An entry that was never created. */
  public static DataEntry none(DataIdentity identity) {
    return new DataEntry(identity, DataEntryStatus.NONE, Authorization.nobody());
  }

  public boolean isActive() {
    return status == DataEntryStatus.ACTIVE;
  }

  /** Active, with this authorization. */
  public DataEntry active(Authorization newAuthorization) {
    return new DataEntry(identity, DataEntryStatus.ACTIVE, newAuthorization);
  }

  public DataEntry deleted() {
    return new DataEntry(identity, DataEntryStatus.DELETED, authorization);
  }

  /** The same entry with no user authorized by name; groups stay. */
  public DataEntry withoutUserAuthorizations() {
    return new DataEntry(identity, status, new Authorization(Set.of(), authorization.groups()));
  }
}
