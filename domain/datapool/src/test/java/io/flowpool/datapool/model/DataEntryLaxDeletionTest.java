package io.flowpool.datapool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.datapool.testing.DataEntrySamples.AGGREGATE_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.ENTRY_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.ENTRY_TYPE;
import static io.flowpool.datapool.testing.DataEntrySamples.anonymize;
import static io.flowpool.datapool.testing.DataEntrySamples.approved;
import static io.flowpool.datapool.testing.DataEntrySamples.createOrUpdate;
import static io.flowpool.datapool.testing.DataEntrySamples.created;
import static io.flowpool.datapool.testing.DataEntrySamples.delete;
import static io.flowpool.datapool.testing.DataEntrySamples.deleted;
import static io.flowpool.datapool.testing.DataEntrySamples.removal;
import static io.flowpool.datapool.testing.DataEntrySamples.updated;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryDeletedEvent;
import io.flowpool.datapool.api.DeleteDataEntryCommand;
import io.flowpool.datapool.api.ProcessingType;
import org.junit.jupiter.api.Test;

/** Lax deletion: a deleted entry comes back with the next change; nothing else touches it. */
class DataEntryLaxDeletionTest {

  private final DataEntryDecider decider = new DataEntryDecider(DeletionStrategy.LAX);

  @Test
  void delete_of_an_active_entry_emits_deleted_with_its_modification_and_state() {
    scenario(decider, AGGREGATE_ID).given(created(), updated()).when(delete()).then(deleted());
  }

  @Test
  void delete_without_a_state_records_the_deleted_processing_type() {
    scenario(decider, AGGREGATE_ID)
        .given(created())
        .when(new DeleteDataEntryCommand(ENTRY_TYPE, ENTRY_ID, removal(), null))
        .then(
            new DataEntryDeletedEvent(
                ENTRY_TYPE, ENTRY_ID, removal(), ProcessingType.DELETED.of("deleted")));
  }

  @Test
  void delete_of_an_entry_never_created_is_refused_as_not_found() {
    scenario(decider, AGGREGATE_ID)
        .givenNothing()
        .when(delete())
        .thenRefused("DATA_ENTRY_NOT_FOUND");
  }

  @Test
  void delete_of_a_deleted_entry_changes_nothing() {
    scenario(decider, AGGREGATE_ID).given(created(), deleted()).when(delete()).thenNothing();
  }

  @Test
  void anonymize_of_a_deleted_entry_changes_nothing() {
    scenario(decider, AGGREGATE_ID).given(created(), deleted()).when(anonymize()).thenNothing();
  }

  @Test
  void create_or_update_of_a_deleted_entry_creates_it_again() {
    scenario(decider, AGGREGATE_ID)
        .given(created(), deleted())
        .when(createOrUpdate(approved()))
        .then(DataEntryCreatedEvent.of(approved()));
  }

  @Test
  void deleted_event_marks_the_entry_deleted() {
    DataEntry entry = scenario(decider, AGGREGATE_ID).given(created()).when(delete()).stateAfter();

    assertThat(entry.status()).isEqualTo(DataEntryStatus.DELETED);
  }

  @Test
  void entry_created_again_after_deletion_is_active() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(created(), deleted())
            .when(createOrUpdate(approved()))
            .stateAfter();

    assertThat(entry.status()).isEqualTo(DataEntryStatus.ACTIVE);
  }

  @Test
  void entry_created_again_after_deletion_is_updated_normally() {
    scenario(decider, AGGREGATE_ID)
        .given(created(), deleted(), created())
        .when(createOrUpdate(approved()))
        .then(updated());
  }
}
