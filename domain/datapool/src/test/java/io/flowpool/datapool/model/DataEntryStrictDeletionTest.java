package io.flowpool.datapool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.datapool.testing.DataEntrySamples.AGGREGATE_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.anonymize;
import static io.flowpool.datapool.testing.DataEntrySamples.approved;
import static io.flowpool.datapool.testing.DataEntrySamples.createOrUpdate;
import static io.flowpool.datapool.testing.DataEntrySamples.created;
import static io.flowpool.datapool.testing.DataEntrySamples.delete;
import static io.flowpool.datapool.testing.DataEntrySamples.deleted;
import static io.flowpool.datapool.testing.DataEntrySamples.received;
import static io.flowpool.datapool.testing.DataEntrySamples.updated;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import org.junit.jupiter.api.Test;

/** Strict deletion: a deleted entry stays deleted and says so to whoever tries to change it. */
class DataEntryStrictDeletionTest {

  private final DataEntryDecider decider = new DataEntryDecider(DeletionStrategy.STRICT);

  @Test
  void create_or_update_of_a_new_entry_emits_created() {
    scenario(decider, AGGREGATE_ID)
        .givenNothing()
        .when(createOrUpdate(received()))
        .then(DataEntryCreatedEvent.of(received()));
  }

  @Test
  void create_or_update_of_an_active_entry_emits_updated() {
    scenario(decider, AGGREGATE_ID)
        .given(created())
        .when(createOrUpdate(approved()))
        .then(DataEntryUpdatedEvent.of(approved()));
  }

  @Test
  void delete_of_an_active_entry_emits_deleted() {
    scenario(decider, AGGREGATE_ID).given(created(), updated()).when(delete()).then(deleted());
  }

  @Test
  void delete_of_an_entry_never_created_is_refused_as_not_found() {
    scenario(decider, AGGREGATE_ID)
        .givenNothing()
        .when(delete())
        .thenRefused("DATA_ENTRY_NOT_FOUND");
  }

  @Test
  void create_or_update_of_a_deleted_entry_is_refused_as_deleted() {
    scenario(decider, AGGREGATE_ID)
        .given(created(), deleted())
        .when(createOrUpdate(approved()))
        .thenRefused("DATA_ENTRY_DELETED");
  }

  @Test
  void delete_of_a_deleted_entry_is_refused_as_deleted() {
    scenario(decider, AGGREGATE_ID)
        .given(created(), deleted())
        .when(delete())
        .thenRefused("DATA_ENTRY_DELETED");
  }

  @Test
  void anonymize_of_a_deleted_entry_is_refused_as_deleted() {
    scenario(decider, AGGREGATE_ID)
        .given(created(), deleted())
        .when(anonymize())
        .thenRefused("DATA_ENTRY_DELETED");
  }

  @Test
  void refusal_as_deleted_names_the_entry() {
    DataEntry entry =
        decider.evolve(decider.evolve(decider.initialState(AGGREGATE_ID), created()), deleted());

    assertThatThrownBy(() -> decider.decide(delete(), entry))
        .isInstanceOf(DataEntryAlreadyDeletedException.class)
        .hasMessageContaining("invoice#4711");
  }
}
