package io.flowpool.datapool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.datapool.testing.DataEntrySamples.AGGREGATE_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.approved;
import static io.flowpool.datapool.testing.DataEntrySamples.createOrUpdate;
import static io.flowpool.datapool.testing.DataEntrySamples.created;
import static io.flowpool.datapool.testing.DataEntrySamples.delete;
import static io.flowpool.datapool.testing.DataEntrySamples.deleted;
import static io.flowpool.datapool.testing.DataEntrySamples.received;
import static io.flowpool.datapool.testing.DataEntrySamples.updated;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Authorization;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.AuthorizationChangeType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The entry's authorization is the fold of the authorization changes of its creates and updates.
 */
class DataEntryAuthorizationTest {

  private final DataEntryDecider decider = new DataEntryDecider(DeletionStrategy.LAX);

  @Test
  void created_entry_authorizes_the_added_users_and_groups() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .givenNothing()
            .when(
                createOrUpdate(
                    received(
                        AuthorizationChange.addUser("kermit"),
                        AuthorizationChange.addGroup("accounting"))))
            .stateAfter();

    assertThat(entry.authorization())
        .isEqualTo(new Authorization(Set.of("kermit"), Set.of("accounting")));
  }

  @Test
  void created_entry_without_authorization_changes_authorizes_nobody() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .givenNothing()
            .when(createOrUpdate(received()))
            .stateAfter();

    assertThat(entry.authorization()).isEqualTo(Authorization.nobody());
  }

  @Test
  void update_adds_to_the_current_authorization() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(created(AuthorizationChange.addUser("kermit")))
            .when(
                createOrUpdate(
                    approved(
                        AuthorizationChange.addUser("piggy"),
                        AuthorizationChange.addGroup("accounting"))))
            .stateAfter();

    assertThat(entry.authorization())
        .isEqualTo(new Authorization(Set.of("kermit", "piggy"), Set.of("accounting")));
  }

  @Test
  void update_removes_users_and_groups_from_the_current_authorization() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(
                created(
                    AuthorizationChange.addUser("kermit"),
                    AuthorizationChange.addUser("piggy"),
                    AuthorizationChange.addGroup("accounting")))
            .when(
                createOrUpdate(
                    approved(
                        AuthorizationChange.removeUser("kermit"),
                        AuthorizationChange.removeGroup("accounting"))))
            .stateAfter();

    assertThat(entry.authorization()).isEqualTo(new Authorization(Set.of("piggy"), Set.of()));
  }

  @Test
  void update_without_authorization_changes_keeps_the_authorization() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(created(AuthorizationChange.addUser("kermit")))
            .when(createOrUpdate(approved()))
            .stateAfter();

    assertThat(entry.authorization()).isEqualTo(new Authorization(Set.of("kermit"), Set.of()));
  }

  @Test
  void changes_of_one_update_apply_in_their_order() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(created())
            .when(
                createOrUpdate(
                    approved(
                        AuthorizationChange.addUser("kermit"),
                        AuthorizationChange.removeUser("kermit"),
                        AuthorizationChange.removeUser("piggy"),
                        AuthorizationChange.addUser("piggy"))))
            .stateAfter();

    assertThat(entry.authorization().users()).containsExactly("piggy");
  }

  @Test
  void one_change_may_name_several_users_and_groups() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(created())
            .when(
                createOrUpdate(
                    approved(
                        new AuthorizationChange(
                            AuthorizationChangeType.ADD,
                            Set.of("kermit", "piggy"),
                            Set.of("accounting", "management")))))
            .stateAfter();

    assertThat(entry.authorization())
        .isEqualTo(
            new Authorization(Set.of("kermit", "piggy"), Set.of("accounting", "management")));
  }

  @Test
  void deleted_entry_keeps_its_authorization() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(created(AuthorizationChange.addUser("kermit")))
            .when(delete())
            .stateAfter();

    assertThat(entry.authorization().users()).containsExactly("kermit");
  }

  @Test
  void entry_created_again_after_lax_deletion_starts_from_nobody() {
    DataEntry entry =
        scenario(decider, AGGREGATE_ID)
            .given(
                created(AuthorizationChange.addUser("kermit")),
                updated(AuthorizationChange.addGroup("accounting")),
                deleted())
            .when(createOrUpdate(approved(AuthorizationChange.addUser("piggy"))))
            .stateAfter();

    assertThat(entry.authorization()).isEqualTo(new Authorization(Set.of("piggy"), Set.of()));
  }
}
