package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one {@link TransactionFacts} per Spring transaction in which the engine reports something
 * and hands it over when that transaction commits: just before the commit, inside the transaction
 * (a failure rolls the engine back), or just after it in a new transaction. A rollback discards the
 * facts. While the application starts, committed facts are held back and handed over, each in a new
 * transaction, once it has started (see {@link CollectorStartup}).
 *
 * <p>When facts are handed over within the transaction, the engine command that reported them
 * assembles them as soon as its own work is done ({@link AssembleAfterCommand}), while its entity
 * cache still holds the tasks and variables they refer to. At the commit, only what is left (facts
 * of several commands, of none, or reported while a command context closed) is assembled in an
 * engine command of its own, which reads them from the database.
 */
final class TransactionBoundFacts {

  /** Where the facts go. */
  interface HandOver {

    /** Hands over the parts already assembled, oldest first, then the pending facts. */
    void handOver(List<EngineTransaction> assembled, CollectedFacts pending);

    /** Assembles pending facts inside the engine command that reported them. */
    EngineTransaction assemble(CommandContext context, CollectedFacts pending);
  }

  /** Handing over may make the engine report more (e.g. a synchronous engine client); bounded. */
  private static final int MAX_HAND_OVER_ROUNDS = 10;

  private final HandOver handOver;
  private final boolean sendWithinTransaction;
  private final CollectorStartup startup;
  private final TransactionTemplate newTransaction;

  TransactionBoundFacts(
      HandOver handOver,
      boolean sendWithinTransaction,
      CollectorStartup startup,
      PlatformTransactionManager transactionManager) {
    this.handOver = handOver;
    this.sendWithinTransaction = sendWithinTransaction;
    this.startup = startup;
    this.newTransaction = new TransactionTemplate(transactionManager);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The facts of the current transaction; binds them on the first report. */
  TransactionFacts current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new CollectorSetupException(
          "Flowpool's collector records what the engine does per Spring transaction, but the"
              + " engine ran a command without transaction synchronization. Run the engine with"
              + " Spring's transaction manager (the Camunda Spring Boot starter does), or switch"
              + " the collector off with flowpool.collector.enabled=false.");
    }
    TransactionFacts facts = (TransactionFacts) TransactionSynchronizationManager.getResource(this);
    if (facts == null) {
      facts = new TransactionFacts();
      TransactionSynchronizationManager.bindResource(this, facts);
      TransactionSynchronizationManager.registerSynchronization(new HandOverOnCommit(facts));
    }
    facts.recordingIn(Context.getCommandContext());
    return facts;
  }

  /**
   * Called when an outermost engine command has done its work, inside its command context: if
   * everything pending in this transaction came from that command, it is assembled now.
   */
  void commandDone(CommandContext context) {
    if (!sendWithinTransaction
        || !startup.isOver()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionFacts facts = (TransactionFacts) TransactionSynchronizationManager.getResource(this);
    if (facts != null && facts.allPendingFrom(context)) {
      facts.assembled(handOver.assemble(context, facts.drain()));
    }
  }

  private void handOverAll(TransactionFacts facts) {
    for (int round = 1; ; round++) {
      List<EngineTransaction> assembled = facts.drainAssembled();
      CollectedFacts pending = facts.drain();
      if (assembled.isEmpty() && pending.isEmpty()) {
        return;
      }
      if (round > MAX_HAND_OVER_ROUNDS) {
        throw new CollectorSetupException(
            "The engine kept reporting new events while Flowpool handed over its transaction ("
                + MAX_HAND_OVER_ROUNDS
                + " rounds); does a taskpool handler change the engine each time it is called?");
      }
      handOver.handOver(assembled, pending);
    }
  }

  private final class HandOverOnCommit implements TransactionSynchronization {

    private final TransactionFacts facts;

    HandOverOnCommit(TransactionFacts facts) {
      this.facts = facts;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      if (sendWithinTransaction && startup.isOver()) {
        handOverAll(facts);
      }
    }

    @Override
    public void afterCommit() {
      // engine events during the hand-over belong to the new transaction, not to this one
      unbind();
      if (facts.isEmpty()) {
        return;
      }
      // sent after commit by configuration, or held back while the application starts
      startup.afterStartup(() -> newTransaction.executeWithoutResult(status -> handOverAll(facts)));
    }

    @Override
    public void afterCompletion(int status) {
      unbind();
    }

    private void unbind() {
      TransactionSynchronizationManager.unbindResourceIfPossible(TransactionBoundFacts.this);
    }
  }
}
