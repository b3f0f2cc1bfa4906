package io.flowpool.datapool.api;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Values;
import java.util.Set;

/**
 * Replaces user names in the entry's protocol by {@code anonymizedUsername} (except the excluded
 * ones, e.g. technical users) and removes all user authorizations.
 */
public record AnonymizeDataEntryCommand(
    String entryType,
    String entryId,
    String anonymizedUsername,
    Set<String> excludedUsernames,
    Modification modification)
    implements DataEntryCommand {

  public AnonymizeDataEntryCommand {
    new DataIdentity(entryType, entryId);
    Values.requireText(anonymizedUsername, "anonymizedUsername");
    excludedUsernames = Values.sortedSet(excludedUsernames, "excludedUsernames");
    Values.require(modification, "modification");
  }

  @Override
  public DataIdentity identity() {
    return new DataIdentity(entryType, entryId);
  }
}
