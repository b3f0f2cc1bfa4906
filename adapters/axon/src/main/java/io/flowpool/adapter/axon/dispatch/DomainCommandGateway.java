package io.flowpool.adapter.axon.dispatch;

import io.flowpool.common.api.CommandRefusedException;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a domain command through Axon and waits for it to be handled, in the caller's thread and
 * transaction. A decider's refusal reaches the caller as the domain exception it threw, even where
 * Axon wraps it in a {@link CommandExecutionException}.
 *
 * <p>A caller without a transaction gets one of its own around the command, which commits after
 * Axon's unit of work is done. Otherwise the unit of work would own the transaction, and whatever
 * runs when it commits could no longer send commands: the engine's collector, for one, reports what
 * the engine client did (the engine's side of a claim) just before that commit.
 */
public class DomainCommandGateway {

  private final CommandGateway gateway;
  private final TransactionTemplate ownTransaction;

  /** Without a transaction manager: always in the caller's transaction, or in none. */
  public DomainCommandGateway(CommandGateway gateway) {
    this(gateway, null);
  }

  public DomainCommandGateway(CommandGateway gateway, PlatformTransactionManager transactions) {
    this.gateway = gateway;
    this.ownTransaction = transactions == null ? null : new TransactionTemplate(transactions);
  }

  public void send(Object command) {
    if (ownTransaction == null || TransactionSynchronizationManager.isActualTransactionActive()) {
      sendAndWait(command);
    } else {
      ownTransaction.executeWithoutResult(status -> sendAndWait(command));
    }
  }

  private void sendAndWait(Object command) {
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
