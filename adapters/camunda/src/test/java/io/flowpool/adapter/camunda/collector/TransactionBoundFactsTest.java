package io.flowpool.adapter.camunda.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionBoundFactsTest {

  private final SingleThreadTransactionManager transactionManager =
      new SingleThreadTransactionManager();
  private final TransactionTemplate transaction = new TransactionTemplate(transactionManager);
  private final List<CollectedFacts> handedOver = new ArrayList<>();
  private final List<String> observed = new ArrayList<>();

  private TransactionBoundFacts facts(boolean withinTransaction, Consumer<CollectedFacts> extra) {
    return facts(withinTransaction, CollectorStartup.completed(), extra);
  }

  private TransactionBoundFacts facts(
      boolean withinTransaction, CollectorStartup startup, Consumer<CollectedFacts> extra) {
    TransactionBoundFacts.HandOver handOver =
        new TransactionBoundFacts.HandOver() {
          @Override
          public void handOver(List<EngineTransaction> assembled, CollectedFacts pending) {
            observed.add(
                "active="
                    + TransactionSynchronizationManager.isActualTransactionActive()
                    + " commits="
                    + transactionManager.commits());
            handedOver.add(pending);
            extra.accept(pending);
          }

          @Override
          public EngineTransaction assemble(CommandContext context, CollectedFacts pending) {
            throw new AssertionError("no engine command runs in these tests");
          }
        };
    return new TransactionBoundFacts(handOver, withinTransaction, startup, transactionManager);
  }

  @Test
  void facts_of_one_transaction_are_handed_over_once_just_before_it_commits() {
    TransactionBoundFacts facts = facts(true, collected -> {});

    transaction.executeWithoutResult(
        status -> {
          facts.current().task(new CompleteTaskCommand("t1", null));
          facts.current().task(new CompleteTaskCommand("t2", "kermit"));
        });

    assertThat(handedOver)
        .singleElement()
        .extracting(CollectedFacts::taskFacts)
        .isEqualTo(
            List.of(
                new TaskFact.Reported(new CompleteTaskCommand("t1", null)),
                new TaskFact.Reported(new CompleteTaskCommand("t2", "kermit"))));
    assertThat(observed).containsExactly("active=true commits=0");
  }

  @Test
  void facts_are_handed_over_after_the_commit_in_a_new_transaction_when_so_configured() {
    TransactionBoundFacts facts = facts(false, collected -> {});

    transaction.executeWithoutResult(
        status -> facts.current().task(new CompleteTaskCommand("t1", null)));

    assertThat(handedOver).hasSize(1);
    assertThat(observed).containsExactly("active=true commits=1");
    assertThat(transactionManager.commits()).isEqualTo(2);
  }

  @Test
  void a_rolled_back_transaction_hands_over_nothing_and_leaves_nothing_behind() {
    TransactionBoundFacts facts = facts(true, collected -> {});

    transaction.executeWithoutResult(
        status -> {
          facts.current().task(new CompleteTaskCommand("t1", null));
          status.setRollbackOnly();
        });
    transaction.executeWithoutResult(
        status -> facts.current().task(new DeleteTaskCommand("t2", "gone")));

    assertThat(handedOver)
        .singleElement()
        .extracting(CollectedFacts::taskFacts)
        .isEqualTo(List.of(new TaskFact.Reported(new DeleteTaskCommand("t2", "gone"))));
  }

  @Test
  void facts_committed_while_the_application_starts_are_handed_over_once_it_has_started() {
    CollectorStartup startup = new CollectorStartup();
    TransactionBoundFacts facts = facts(true, startup, collected -> {});

    transaction.executeWithoutResult(
        status -> facts.current().task(new CompleteTaskCommand("t1", null)));
    transaction.executeWithoutResult(
        status -> {
          facts.current().task(new CompleteTaskCommand("rolled-back", null));
          status.setRollbackOnly();
        });
    transaction.executeWithoutResult(
        status -> facts.current().task(new DeleteTaskCommand("t2", "gone")));
    assertThat(handedOver).isEmpty();

    startup.started();

    assertThat(handedOver)
        .extracting(CollectedFacts::taskFacts)
        .containsExactly(
            List.of(new TaskFact.Reported(new CompleteTaskCommand("t1", null))),
            List.of(new TaskFact.Reported(new DeleteTaskCommand("t2", "gone"))));
    // each in a transaction of its own, after the two engine commits
    assertThat(observed).containsExactly("active=true commits=2", "active=true commits=3");
  }

  @Test
  void facts_committed_after_startup_are_handed_over_within_their_transaction_again() {
    CollectorStartup startup = new CollectorStartup();
    TransactionBoundFacts facts = facts(true, startup, collected -> {});
    startup.started();

    transaction.executeWithoutResult(
        status -> facts.current().task(new CompleteTaskCommand("t1", null)));

    assertThat(handedOver).hasSize(1);
    assertThat(observed).containsExactly("active=true commits=0");
    assertThat(transactionManager.commits()).isEqualTo(1);
  }

  @Test
  void what_the_engine_reports_while_handing_over_is_handed_over_too() {
    List<TransactionBoundFacts> self = new ArrayList<>();
    TransactionBoundFacts facts =
        facts(
            true,
            collected -> {
              if (handedOver.size() == 1) {
                self.get(0).current().task(new CompleteTaskCommand("t2", null));
              }
            });
    self.add(facts);

    transaction.executeWithoutResult(
        status -> facts.current().task(new CompleteTaskCommand("t1", null)));

    assertThat(handedOver)
        .extracting(CollectedFacts::taskFacts)
        .containsExactly(
            List.of(new TaskFact.Reported(new CompleteTaskCommand("t1", null))),
            List.of(new TaskFact.Reported(new CompleteTaskCommand("t2", null))));
  }

  @Test
  void reporting_outside_a_transaction_is_refused_with_a_clear_message() {
    TransactionBoundFacts facts = facts(true, collected -> {});

    assertThatThrownBy(facts::current)
        .isInstanceOf(CollectorSetupException.class)
        .hasMessageContaining("without transaction synchronization")
        .hasMessageContaining("flowpool.collector.enabled=false");
  }
}
