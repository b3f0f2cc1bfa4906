package io.flowpool.adapter.axon.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.model.TaskNotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class DomainCommandGatewayTest {

  private final CommandGateway axon = mock(CommandGateway.class);
  private final DomainCommandGateway gateway = new DomainCommandGateway(axon);
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final DomainCommandGateway transactional = new DomainCommandGateway(axon, transactions);
  private final ClaimTaskCommand claim = new ClaimTaskCommand("t1", "kermit", null);

  @Test
  void command_is_sent_and_awaited() {
    gateway.send(claim);

    verify(axon).sendAndWait(claim);
  }

  @Test
  void refusal_wrapped_by_axon_reaches_the_caller_unchanged() {
    TaskNotFoundException refused = new TaskNotFoundException("t1");
    when(axon.sendAndWait(any())).thenThrow(new CommandExecutionException("failed", refused));

    assertThatThrownBy(() -> gateway.send(claim)).isSameAs(refused);
  }

  @Test
  void refusal_thrown_directly_reaches_the_caller_unchanged() {
    TaskNotFoundException refused = new TaskNotFoundException("t1");
    when(axon.sendAndWait(any())).thenThrow(refused);

    assertThatThrownBy(() -> gateway.send(claim)).isSameAs(refused);
  }

  @Test
  void command_without_a_callers_transaction_runs_in_one_that_commits_after_axon_is_done() {
    List<String> happened = new ArrayList<>();
    when(axon.sendAndWait(claim))
        .thenAnswer(
            invocation -> {
              happened.add("handled in a transaction: " + inTransaction());
              // what the engine's collector does when the engine client changed a task
              TransactionSynchronizationManager.registerSynchronization(
                  new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                      happened.add("before commit");
                    }
                  });
              return null;
            });

    transactional.send(claim);

    assertThat(happened).containsExactly("handled in a transaction: true", "before commit");
    assertThat(transactions.begun()).isEqualTo(1);
    assertThat(transactions.commits()).isEqualTo(1);
  }

  @Test
  void command_in_a_callers_transaction_joins_it() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> transactional.send(claim));

    verify(axon).sendAndWait(claim);
    assertThat(transactions.begun()).isEqualTo(1);
  }

  @Test
  void refusal_in_its_own_transaction_rolls_it_back_and_reaches_the_caller_unchanged() {
    TaskNotFoundException refused = new TaskNotFoundException("t1");
    when(axon.sendAndWait(any())).thenThrow(new CommandExecutionException("failed", refused));

    assertThatThrownBy(() -> transactional.send(claim)).isSameAs(refused);
    assertThat(transactions.rollbacks()).isEqualTo(1);
    assertThat(transactions.commits()).isZero();
  }

  @Test
  void other_failures_stay_as_axon_reported_them() {
    CommandExecutionException failure =
        new CommandExecutionException("failed", new IllegalStateException("database down"));
    when(axon.sendAndWait(any())).thenThrow(failure);

    assertThatThrownBy(() -> gateway.send(claim)).isSameAs(failure);
  }

  private static boolean inTransaction() {
    return TransactionSynchronizationManager.isActualTransactionActive();
  }
}
