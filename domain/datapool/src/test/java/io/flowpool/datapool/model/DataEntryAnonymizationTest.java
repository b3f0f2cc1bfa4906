package io.flowpool.datapool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.datapool.testing.DataEntrySamples.AGGREGATE_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.anonymize;
import static io.flowpool.datapool.testing.DataEntrySamples.anonymized;
import static io.flowpool.datapool.testing.DataEntrySamples.approved;
import static io.flowpool.datapool.testing.DataEntrySamples.createOrUpdate;
import static io.flowpool.datapool.testing.DataEntrySamples.created;
import static io.flowpool.datapool.testing.DataEntrySamples.updated;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import org.junit.jupiter.api.Test;

/**
 * Anonymization replaces user names in the protocol (a view concern) and takes away every
 * authorization granted to a user by name; the entry itself lives on.
 */
class DataEntryAnonymizationTest {

  private final DataEntryDecider decider = new DataEntryDecider(DeletionStrategy.LAX);

  @Test
  void anonymize_of_an_active_entry_emits_anonymized() {
    scenario(decider, AGGREGATE_ID)
        .given(created(), updated())
        .when(anonymize())
        .then(anonymized());
  }

  @Test
  void anonymize_of_an_entry_never_created_is_refused_as_not_found() {
    scenario(decider, AGGREGATE_ID)
        .givenNothing()
        .when(anonymize())
        .thenRefused("DATA_ENTRY_NOT_FOUND");
  }

  @Test
  void anonymize_of_an_entry_never_created_is_refused_under_strict_deletion_too() {
    scenario(new DataEntryDecider(DeletionStrategy.STRICT), AGGREGATE_ID)
        .givenNothing()
        .when(anonymize())
        .thenRefused("DATA_ENTRY_NOT_FOUND");
  }

  @Test
  void anonymize_of_an_already_anonymized_entry_emits_anonymized_again() {
    scenario(decider, AGGREGATE_ID)
        .given(created(), anonymized())
        .when(anonymize())
        .then(anonymized());
  }

  @Test
  void anonymized_event_removes_user_authorizations_and_keeps_groups() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(
                created(
                    AuthorizationChange.addUser("kermit"),
                    AuthorizationChange.addGroup("accounting")),
                updated(AuthorizationChange.addUser("piggy")))
            .when(anonymize())
            .stateAfter();

    assertThat(entry.authorization().users()).isEmpty();
    assertThat(entry.authorization().groups()).containsExactly("accounting");
  }

  @Test
  void anonymized_entry_stays_active_and_takes_further_updates() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID).given(created()).when(anonymize()).stateAfter();

    assertThat(entry.status()).isEqualTo(DataEntryStatus.ACTIVE);
    scenario(decider, AGGREGATE_ID)
        .given(created(), anonymized())
        .when(createOrUpdate(approved()))
        .then(DataEntryUpdatedEvent.of(approved()));
  }
}
