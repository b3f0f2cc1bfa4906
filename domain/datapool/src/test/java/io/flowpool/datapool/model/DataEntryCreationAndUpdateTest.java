package io.flowpool.datapool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.datapool.testing.DataEntrySamples.AGGREGATE_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.ENTRY_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.ENTRY_TYPE;
import static io.flowpool.datapool.testing.DataEntrySamples.approved;
import static io.flowpool.datapool.testing.DataEntrySamples.createOrUpdate;
import static io.flowpool.datapool.testing.DataEntrySamples.created;
import static io.flowpool.datapool.testing.DataEntrySamples.received;
import static io.flowpool.datapool.testing.DataEntrySamples.updated;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import org.junit.jupiter.api.Test;

class DataEntryCreationAndUpdateTest {

  private final DataEntryDecider decider = new DataEntryDecider(DeletionStrategy.LAX);

  @Test
  void initial_state_is_an_entry_never_created_with_the_identity_of_the_aggregate_id() {
    DataEntry entry = decider.initialState(AGGREGATE_ID);

    assertThat(entry.identity()).isEqualTo(new DataIdentity(ENTRY_TYPE, ENTRY_ID));
    assertThat(entry.status()).isEqualTo(DataEntryStatus.NONE);
  }

  @Test
  void create_or_update_of_a_new_entry_emits_created_with_the_whole_change() {
    scenario(decider, AGGREGATE_ID)
        .givenNothing()
        .when(createOrUpdate(received(AuthorizationChange.addUser("kermit"))))
        .then(DataEntryCreatedEvent.of(received(AuthorizationChange.addUser("kermit"))));
  }

  @Test
  void create_or_update_of_an_active_entry_emits_updated_with_the_whole_change() {
    scenario(decider, AGGREGATE_ID)
        .given(created())
        .when(createOrUpdate(approved(AuthorizationChange.addGroup("accounting"))))
        .then(DataEntryUpdatedEvent.of(approved(AuthorizationChange.addGroup("accounting"))));
  }

  @Test
  void create_or_update_of_an_updated_entry_emits_updated_again() {
    scenario(decider, AGGREGATE_ID)
        .given(created(), updated())
        .when(createOrUpdate(approved()))
        .then(DataEntryUpdatedEvent.of(approved()));
  }

  @Test
  void create_or_update_that_changes_nothing_still_emits_updated_for_the_protocol() {
    scenario(decider, AGGREGATE_ID)
        .given(created())
        .when(createOrUpdate(received()))
        .then(DataEntryUpdatedEvent.of(received()));
  }

  @Test
  void created_event_makes_the_entry_active() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .givenNothing()
            .when(createOrUpdate(received()))
            .stateAfter();

    assertThat(entry.status()).isEqualTo(DataEntryStatus.ACTIVE);
  }

  @Test
  void updated_event_keeps_the_entry_active() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(created())
            .when(createOrUpdate(approved()))
            .stateAfter();

    assertThat(entry.status()).isEqualTo(DataEntryStatus.ACTIVE);
  }
}
