package io.flowpool.datapool.usecase;

import io.flowpool.common.api.Values;
import io.flowpool.datapool.api.AnonymizeDataEntryCommand;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.CreateOrUpdateDataEntryCommand;
import io.flowpool.datapool.api.DataEntryChange;
import io.flowpool.datapool.api.DeleteDataEntryCommand;
import io.flowpool.datapool.port.in.SendDataEntryUseCase;
import io.flowpool.datapool.port.out.DataEntryCommandDispatcher;
import java.util.List;

/**
 * Sends data entry commands on behalf of business code. As in Polyflow, a change made by a named
 * user that says nothing about authorization authorizes that user, so an author can always see what
 * they wrote.
 */
public class SendDataEntryService implements SendDataEntryUseCase {

  private final DataEntryCommandDispatcher dispatcher;

  public SendDataEntryService(DataEntryCommandDispatcher dispatcher) {
    this.dispatcher = Values.require(dispatcher, "dispatcher");
  }

  @Override
  public void createOrUpdate(DataEntryChange change) {
    Values.require(change, "change");
    dispatcher.dispatch(new CreateOrUpdateDataEntryCommand(withAuthorDefault(change)));
  }

  @Override
  public void delete(DeleteDataEntryCommand command) {
    dispatcher.dispatch(Values.require(command, "command"));
  }

  @Override
  public void anonymize(AnonymizeDataEntryCommand command) {
    dispatcher.dispatch(Values.require(command, "command"));
  }

  private static DataEntryChange withAuthorDefault(DataEntryChange change) {
    String author = change.modification().username();
    if (author == null || author.isBlank() || !change.authorizationChanges().isEmpty()) {
      return change;
    }
    return new DataEntryChange(
        change.entryType(),
        change.entryId(),
        change.type(),
        change.applicationName(),
        change.name(),
        change.description(),
        change.payload(),
        change.correlations(),
        change.state(),
        change.modification(),
        List.of(AuthorizationChange.addUser(author)),
        change.formKey());
  }
}
