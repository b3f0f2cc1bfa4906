package io.flowpool.view.model;

import io.flowpool.common.api.Authorization;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.DataEntryAnonymizedEvent;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryDeletedEvent;
import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProtocolEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a data entry event changes the entry's row: created and updated write the content and add a
 * protocol line, deleted removes the row, anonymized replaces user names in the protocol and drops
 * the user authorizations. After a lax deletion a later created event brings the entry back.
 */
public final class DataEntryProjection {

  private DataEntryProjection() {}

  /**
   * @param timestamp when the event was emitted; the protocol time if the event names none
   */
  public static RowChange<DataEntryView> apply(
      Optional<DataEntryView> current, DataEntryEvent event, long sequence, Instant timestamp) {
    if (event instanceof DataEntryCreatedEvent created) {
      // a created entry starts without former grants, as the aggregate does after a lax deletion
      Content content =
          new Content(
              created.type(),
              created.applicationName(),
              created.name(),
              created.description(),
              created.payload(),
              created.correlations(),
              created.state(),
              created.formKey());
      return RowChange.upsert(
          write(
              current,
              event,
              content,
              AuthorizationChange.apply(Authorization.nobody(), created.authorizationChanges()),
              created.createModification(),
              sequence,
              timestamp));
    }
    if (event instanceof DataEntryUpdatedEvent updated) {
      Content content =
          new Content(
              updated.type(),
              updated.applicationName(),
              updated.name(),
              updated.description(),
              updated.payload(),
              updated.correlations(),
              updated.state(),
              updated.formKey());
      Authorization before =
          current.map(DataEntryProjection::authorizationOf).orElse(Authorization.nobody());
      return RowChange.upsert(
          write(
              current,
              event,
              content,
              AuthorizationChange.apply(before, updated.authorizationChanges()),
              updated.updateModification(),
              sequence,
              timestamp));
    }
    if (current.isEmpty()) {
      return RowChange.keep();
    }
    if (event instanceof DataEntryDeletedEvent) {
      return RowChange.delete();
    }
    return RowChange.upsert(
        anonymize(current.get(), (DataEntryAnonymizedEvent) event, sequence, timestamp));
  }

  private static DataEntryView write(
      Optional<DataEntryView> current,
      DataEntryEvent event,
      Content content,
      Authorization authorization,
      Modification modification,
      long sequence,
      Instant timestamp) {
    ProtocolEntry line = protocolLine(modification, content.state(), timestamp);
    List<ProtocolEntry> protocol =
        new ArrayList<>(current.map(DataEntryView::protocol).orElse(List.of()));
    protocol.add(line);
    Instant createdAt = current.map(DataEntryView::createdAt).orElse(line.time());
    return new DataEntryView(
        event.entryType(),
        event.entryId(),
        content.type(),
        content.applicationName(),
        content.name(),
        content.description(),
        content.payload(),
        content.correlations(),
        content.state(),
        content.formKey(),
        authorization.users(),
        authorization.groups(),
        protocol,
        createdAt,
        line.time(),
        sequence);
  }

  private static DataEntryView anonymize(
      DataEntryView entry, DataEntryAnonymizedEvent event, long sequence, Instant timestamp) {
    List<ProtocolEntry> protocol = new ArrayList<>();
    for (ProtocolEntry line : entry.protocol()) {
      boolean keep = line.username() == null || event.excludedUsernames().contains(line.username());
      protocol.add(keep ? line : line.withUsername(event.anonymizedUsername()));
    }
    ProtocolEntry line = protocolLine(event.anonymizeModification(), entry.state(), timestamp);
    protocol.add(line);
    return new DataEntryView(
        entry.entryType(),
        entry.entryId(),
        entry.type(),
        entry.applicationName(),
        entry.name(),
        entry.description(),
        entry.payload(),
        entry.correlations(),
        entry.state(),
        entry.formKey(),
        null,
        entry.authorizedGroups(),
        protocol,
        entry.createdAt(),
        line.time(),
        sequence);
  }

  private static ProtocolEntry protocolLine(
      Modification modification, DataEntryState state, Instant timestamp) {
    if (modification == null) {
      return new ProtocolEntry(timestamp, state, null, null, null);
    }
    return new ProtocolEntry(
        modification.time(),
        state,
        modification.username(),
        modification.log(),
        modification.logNotes());
  }

  private static Authorization authorizationOf(DataEntryView entry) {
    return new Authorization(entry.authorizedUsers(), entry.authorizedGroups());
  }

  /** The fields created and updated events share. */
  private record Content(
      String type,
      String applicationName,
      String name,
      String description,
      Payload payload,
      Correlations correlations,
      DataEntryState state,
      String formKey) {

    private Content {
      state = state == null ? ProcessingType.UNDEFINED.of("") : state;
    }
  }
}
