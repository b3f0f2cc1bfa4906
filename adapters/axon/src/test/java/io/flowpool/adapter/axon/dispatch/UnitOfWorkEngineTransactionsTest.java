package io.flowpool.adapter.axon.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class UnitOfWorkEngineTransactionsTest {

  private final EngineTransaction transaction = EngineTransaction.ofTasks(List.of());
  private final List<String> phases = new ArrayList<>();

  @Test
  void whole_transaction_runs_in_one_unit_of_work_that_commits() {
    UnitOfWorkEngineTransactions submitter =
        new UnitOfWorkEngineTransactions(
            submitted -> {
              UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
              assertThat(unitOfWork.isRoot()).isTrue();
              unitOfWork.onCommit(u -> phases.add("commit"));
              unitOfWork.onRollback(u -> phases.add("rollback"));
            },
            null);

    submitter.submit(transaction);

    assertThat(phases).containsExactly("commit");
    assertThat(CurrentUnitOfWork.isStarted()).isFalse();
  }

  @Test
  void failure_rolls_the_unit_of_work_back_and_reaches_the_caller() {
    IllegalStateException refused = new IllegalStateException("refused");
    UnitOfWorkEngineTransactions submitter =
        new UnitOfWorkEngineTransactions(
            submitted -> {
              CurrentUnitOfWork.get().onCommit(u -> phases.add("commit"));
              CurrentUnitOfWork.get().onRollback(u -> phases.add("rollback"));
              throw refused;
            },
            null);

    assertThatThrownBy(() -> submitter.submit(transaction)).isSameAs(refused);

    assertThat(phases).containsExactly("rollback");
    assertThat(CurrentUnitOfWork.isStarted()).isFalse();
  }

  @Test
  void inside_a_running_unit_of_work_the_commands_join_it() {
    UnitOfWork<?> outer = DefaultUnitOfWork.startAndGet(null);
    try {
      new UnitOfWorkEngineTransactions(
              submitted -> assertThat(CurrentUnitOfWork.get()).isSameAs(outer), null)
          .submit(transaction);
    } finally {
      outer.commit();
    }
  }
}
