package io.flowpool.datapool.usecase;

import static io.flowpool.datapool.testing.DataEntrySamples.RECEIVED_AT;
import static io.flowpool.datapool.testing.DataEntrySamples.anonymize;
import static io.flowpool.datapool.testing.DataEntrySamples.delete;
import static io.flowpool.datapool.testing.DataEntrySamples.received;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Modification;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.CreateOrUpdateDataEntryCommand;
import io.flowpool.datapool.api.DataEntryCommand;
import io.flowpool.datapool.port.out.DataEntryCommandDispatcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendDataEntryServiceTest {

  private final RecordingDispatcher dispatcher = new RecordingDispatcher();
  private final SendDataEntryService service = new SendDataEntryService(dispatcher);

  @Test
  void change_by_a_user_without_authorization_changes_authorizes_that_user() {
    service.createOrUpdate(received());

    assertThat(dispatcher.dispatched)
        .containsExactly(
            new CreateOrUpdateDataEntryCommand(received(AuthorizationChange.addUser("kermit"))));
  }

  @Test
  void change_with_authorization_changes_is_sent_with_exactly_those() {
    service.createOrUpdate(received(AuthorizationChange.addGroup("accounting")));

    assertThat(dispatcher.dispatched)
        .containsExactly(
            new CreateOrUpdateDataEntryCommand(
                received(AuthorizationChange.addGroup("accounting"))));
  }

  @Test
  void change_that_revokes_the_author_is_not_overruled() {
    service.createOrUpdate(received(AuthorizationChange.removeUser("kermit")));

    assertThat(dispatcher.dispatched)
        .containsExactly(
            new CreateOrUpdateDataEntryCommand(received(AuthorizationChange.removeUser("kermit"))));
  }

  @Test
  void change_without_a_user_is_sent_unchanged() {
    service.createOrUpdate(received(Modification.at(RECEIVED_AT), List.of()));

    assertThat(dispatcher.dispatched)
        .containsExactly(
            new CreateOrUpdateDataEntryCommand(received(Modification.at(RECEIVED_AT), List.of())));
  }

  @Test
  void change_with_a_blank_user_is_sent_unchanged() {
    Modification blankUser = new Modification(RECEIVED_AT, " ", "imported", null);

    service.createOrUpdate(received(blankUser, List.of()));

    assertThat(dispatcher.dispatched)
        .containsExactly(new CreateOrUpdateDataEntryCommand(received(blankUser, List.of())));
  }

  @Test
  void delete_dispatches_the_command() {
    service.delete(delete());

    assertThat(dispatcher.dispatched).containsExactly(delete());
  }

  @Test
  void anonymize_dispatches_the_command() {
    service.anonymize(anonymize());

    assertThat(dispatcher.dispatched).containsExactly(anonymize());
  }

  /** Remembers what was dispatched, in order. */
  private static final class RecordingDispatcher implements DataEntryCommandDispatcher {

    private final List<DataEntryCommand> dispatched = new ArrayList<>();

    @Override
    public void dispatch(DataEntryCommand command) {
      dispatched.add(command);
    }
  }
}
