package io.flowpool.adapter.axon.dispatch;

import io.flowpool.common.api.CommandRefusedException;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a domain command through Axon and waits for it to be handled, in the caller's thread and
 * transaction. A decider's refusal reaches the caller as the domain exception it threw, even where
 * Axon wraps it in a {@link CommandExecutionException}.
 */
public class DomainCommandGateway {

  private final CommandGateway gateway;

  public DomainCommandGateway(CommandGateway gateway) {
    this.gateway = gateway;
  }

  public void send(Object command) {
    try {
      gateway.sendAndWait(command);
    } catch (CommandExecutionException e) {
      throw refusalIn(e).orElseThrow(() -> e);
    }
  }

  private static Optional<CommandRefusedException> refusalIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof CommandRefusedException refused) {
        return Optional.of(refused);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
