package io.flowpool.datapool.port.in;

import io.flowpool.datapool.api.AnonymizeDataEntryCommand;
import io.flowpool.datapool.api.DataEntryChange;
import io.flowpool.datapool.api.DeleteDataEntryCommand;

/**
 * How business code in a process application publishes its business objects as data entries. The
 * caller states the modification time; nothing here reads a clock.
 */
public interface SendDataEntryUseCase {

  /** Creates the entry, or updates it if it exists. */
  void createOrUpdate(DataEntryChange change);

  void delete(DeleteDataEntryCommand command);

  void anonymize(AnonymizeDataEntryCommand command);
}
