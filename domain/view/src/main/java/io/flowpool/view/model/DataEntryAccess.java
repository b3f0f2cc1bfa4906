package io.flowpool.view.model;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.DataEntryView;

/**
 * Which data entries a query may return, before its filters.
 *
 * @param user the reader; null for administrators (every entry)
 * @param involvementsOnly only entries whose protocol names the user
 * @param entryType if not null, only entries of this type
 * @param identity if not null, only this entry
 */
public record DataEntryAccess(
    CurrentUser user, boolean involvementsOnly, String entryType, DataIdentity identity) {

  public static DataEntryAccess everyone() {
    return new DataEntryAccess(null, false, null, null);
  }

  public boolean admits(DataEntryView entry) {
    if (entryType != null && !entryType.equals(entry.entryType())
        || identity != null && !identity.equals(entry.identity())) {
      return false;
    }
    if (user == null) {
      return true;
    }
    return ViewAuthorization.canSee(user, entry)
        && (!involvementsOnly
            || entry.protocol().stream().anyMatch(l -> user.username().equals(l.username())));
  }
}
