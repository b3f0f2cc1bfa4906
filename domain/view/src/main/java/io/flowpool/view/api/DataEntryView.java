package io.flowpool.view.api;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.Values;
import io.flowpool.datapool.api.DataEntryState;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A data entry as the view keeps it: its last content, who may see it, and its protocol.
 *
 * @param version the sequence number of the last event of the entry that the view applied
 */
public record DataEntryView(
    String entryType,
    String entryId,
    String type,
    String applicationName,
    String name,
    String description,
    Payload payload,
    Correlations correlations,
    DataEntryState state,
    String formKey,
    Set<String> authorizedUsers,
    Set<String> authorizedGroups,
    List<ProtocolEntry> protocol,
    Instant createdAt,
    Instant lastModifiedAt,
    long version) {

  public DataEntryView {
    new DataIdentity(entryType, entryId);
    Values.require(state, "state");
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
    authorizedUsers = Values.sortedSet(authorizedUsers, "authorizedUsers");
    authorizedGroups = Values.sortedSet(authorizedGroups, "authorizedGroups");
    protocol = protocol == null ? List.of() : List.copyOf(protocol);
  }

  public DataIdentity identity() {
    return new DataIdentity(entryType, entryId);
  }
}
