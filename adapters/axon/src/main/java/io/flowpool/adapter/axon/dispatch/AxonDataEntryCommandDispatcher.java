package io.flowpool.adapter.axon.dispatch;

import io.flowpool.datapool.api.DataEntryCommand;
import io.flowpool.datapool.port.out.DataEntryCommandDispatcher;

/** Dispatches data entry commands to the data entry shell through Axon's command bus. */
public class AxonDataEntryCommandDispatcher implements DataEntryCommandDispatcher {

  private final DomainCommandGateway gateway;

  public AxonDataEntryCommandDispatcher(DomainCommandGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public void dispatch(DataEntryCommand command) {
    gateway.send(command);
  }
}
