package io.flowpool.datapool.api;

import io.flowpool.common.api.Modification;
import java.util.Set;

/** User names in the entry's protocol were anonymized and user authorizations removed. */
public record DataEntryAnonymizedEvent(
    String entryType,
    String entryId,
    String anonymizedUsername,
    Set<String> excludedUsernames,
    Modification anonymizeModification)
    implements DataEntryEvent {}
