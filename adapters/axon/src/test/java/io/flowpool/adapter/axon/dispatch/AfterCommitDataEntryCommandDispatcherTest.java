package io.flowpool.adapter.axon.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.datapool.api.DataEntryCommand;
import io.flowpool.datapool.testing.DataEntrySamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class AfterCommitDataEntryCommandDispatcherTest {

  private final List<DataEntryCommand> sent = new ArrayList<>();
  private final List<Boolean> sentInTransaction = new ArrayList<>();
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final AfterCommitDataEntryCommandDispatcher dispatcher =
      new AfterCommitDataEntryCommandDispatcher(
          command -> {
            sent.add(command);
            sentInTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
          },
          transactions);
  private final DataEntryCommand command = DataEntrySamples.delete();

  @Test
  void outside_a_transaction_the_command_is_sent_at_once() {
    dispatcher.dispatch(command);

    assertThat(sent).containsExactly(command);
  }

  @Test
  void inside_a_transaction_the_command_waits_for_the_commit_and_runs_in_its_own() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              dispatcher.dispatch(command);
              assertThat(sent).isEmpty();
            });

    assertThat(sent).containsExactly(command);
    assertThat(sentInTransaction).containsExactly(true);
    assertThat(transactions.begun()).isEqualTo(2);
  }

  @Test
  void a_rolled_back_transaction_sends_nothing() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              dispatcher.dispatch(command);
              status.setRollbackOnly();
            });

    assertThat(sent).isEmpty();
  }
}
