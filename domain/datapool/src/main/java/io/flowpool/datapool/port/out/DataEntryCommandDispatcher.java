package io.flowpool.datapool.port.out;

import io.flowpool.datapool.api.DataEntryCommand;

/**
 * Hands a data entry command to the decider that owns the entry. Returns once the command is
 * handled; a refused command surfaces as the decider's {@link
 * io.flowpool.common.api.CommandRefusedException} subclass.
 */
public interface DataEntryCommandDispatcher {

  void dispatch(DataEntryCommand command);
}
