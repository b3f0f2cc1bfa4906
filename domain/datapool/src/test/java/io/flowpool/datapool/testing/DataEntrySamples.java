package io.flowpool.datapool.testing;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.api.AnonymizeDataEntryCommand;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.CreateOrUpdateDataEntryCommand;
import io.flowpool.datapool.api.DataEntryAnonymizedEvent;
import io.flowpool.datapool.api.DataEntryChange;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryDeletedEvent;
import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import io.flowpool.datapool.api.DeleteDataEntryCommand;
import io.flowpool.datapool.api.ProcessingType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sample data entry commands and events with realistic values: invoice 4711 is received by kermit
 * ({@link #received}), approved by piggy ({@link #approved}), then deleted or anonymized.
 */
public final class DataEntrySamples {

  public static final String ENTRY_TYPE = "invoice";
  public static final String ENTRY_ID = "4711";

  /** The aggregate id of the sample entry, {@code invoice#4711}. */
  public static final String AGGREGATE_ID = ENTRY_TYPE + "#" + ENTRY_ID;

  public static final String APPLICATION = "invoice-application";
  public static final Instant RECEIVED_AT = Instant.parse("2026-03-02T09:15:00Z");
  public static final Instant APPROVED_AT = RECEIVED_AT.plus(Duration.ofHours(2));
  public static final Instant REMOVED_AT = RECEIVED_AT.plus(Duration.ofDays(30));

  private DataEntrySamples() {}

  /** The invoice as received by kermit, with these authorization changes. */
  public static DataEntryChange received(AuthorizationChange... authorizationChanges) {
    return received(
        new Modification(RECEIVED_AT, "kermit", "Invoice received", null),
        List.of(authorizationChanges));
  }

  /** The invoice as received, with this modification and these authorization changes. */
  public static DataEntryChange received(
      Modification modification, List<AuthorizationChange> authorizationChanges) {
    return change(
        ENTRY_TYPE,
        ENTRY_ID,
        ProcessingType.IN_PROGRESS.of("Received"),
        modification,
        authorizationChanges);
  }

  /** The invoice as approved by piggy, with these authorization changes. */
  public static DataEntryChange approved(AuthorizationChange... authorizationChanges) {
    return change(
        ENTRY_TYPE,
        ENTRY_ID,
        ProcessingType.COMPLETED.of("Approved"),
        new Modification(APPROVED_AT, "piggy", "Invoice approved", "within budget"),
        List.of(authorizationChanges));
  }

  /** A sample invoice change for any identity. */
  public static DataEntryChange change(
      String entryType,
      String entryId,
      DataEntryState state,
      Modification modification,
      List<AuthorizationChange> authorizationChanges) {
    return new DataEntryChange(
        entryType,
        entryId,
        "Invoice",
        APPLICATION,
        "Invoice " + entryId,
        "Office supplies from ACME",
        invoicePayload(),
        Correlations.of("order", "0815"),
        state,
        modification,
        authorizationChanges,
        "invoice-form");
  }

  public static CreateOrUpdateDataEntryCommand createOrUpdate(DataEntryChange change) {
    return new CreateOrUpdateDataEntryCommand(change);
  }

  /** The event of the received invoice, with these authorization changes. */
  public static DataEntryCreatedEvent created(AuthorizationChange... authorizationChanges) {
    return DataEntryCreatedEvent.of(received(authorizationChanges));
  }

  /** The event of the approved invoice, with these authorization changes. */
  public static DataEntryUpdatedEvent updated(AuthorizationChange... authorizationChanges) {
    return DataEntryUpdatedEvent.of(approved(authorizationChanges));
  }

  public static Modification removal() {
    return new Modification(REMOVED_AT, "gonzo", "Invoice removed", "duplicate");
  }

  /** Deletes the sample invoice, recording it as cancelled. */
  public static DeleteDataEntryCommand delete() {
    return new DeleteDataEntryCommand(
        ENTRY_TYPE, ENTRY_ID, removal(), ProcessingType.CANCELLED.of("Duplicate"));
  }

  /** The event of {@link #delete()}. */
  public static DataEntryDeletedEvent deleted() {
    return new DataEntryDeletedEvent(
        ENTRY_TYPE, ENTRY_ID, removal(), ProcessingType.CANCELLED.of("Duplicate"));
  }

  /** Replaces every user name but the technical user "system" with "anonymous". */
  public static AnonymizeDataEntryCommand anonymize() {
    return new AnonymizeDataEntryCommand(
        ENTRY_TYPE, ENTRY_ID, "anonymous", Set.of("system"), Modification.at(REMOVED_AT));
  }

  /** The event of {@link #anonymize()}. */
  public static DataEntryAnonymizedEvent anonymized() {
    return new DataEntryAnonymizedEvent(
        ENTRY_TYPE, ENTRY_ID, "anonymous", Set.of("system"), Modification.at(REMOVED_AT));
  }

  /** The sample payload: an invoice with a nested supplier. */
  public static Payload invoicePayload() {
    Map<String, Object> supplier = new LinkedHashMap<>();
    supplier.put("name", "ACME Corp.");
    supplier.put("preferred", true);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("invoiceNumber", "INV-2026-4711");
    values.put("amount", 1234.5);
    values.put("supplier", supplier);
    return new Payload(values);
  }
}
