package io.flowpool.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.adapter.camunda.testing.CommittedInstances;
import io.flowpool.adapter.camunda.testing.EngineTestSupport;
import io.flowpool.adapter.camunda.testing.RefusedForTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** By default the taskpool gets each engine transaction just before it commits, inside it. */
class HandOverWithinTransactionIT extends EngineTestSupport {

  @Autowired DataSource dataSource;

  @Test
  void engine_transaction_is_handed_over_before_the_engine_commits() {
    CommittedInstances committed = new CommittedInstances(dataSource);
    List<Long> committedAtHandOver = new CopyOnWriteArrayList<>();
    taskpool.onSubmit(
        transaction -> committedAtHandOver.add(committed.withBusinessKey("within-1")));

    runtimeService.startProcessInstanceByKey("simple-task", "within-1");

    assertThat(committedAtHandOver).containsExactly(0L);
    assertThat(committed.withBusinessKey("within-1")).isEqualTo(1L);
  }

  @Test
  void refusal_by_the_taskpool_rolls_the_engine_back() {
    taskpool.onSubmit(
        transaction -> {
          throw new RefusedForTest();
        });

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("simple-task", "refused"))
        .isInstanceOf(RefusedForTest.class);

    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("refused")
                .count())
        .isZero();
    assertThat(taskpool.transactions()).isEmpty();
  }

  @Test
  void several_engine_commands_of_one_transaction_are_handed_over_once() {
    inOneTransaction(
        () -> {
          runtimeService.startProcessInstanceByKey("simple-task", "together-1");
          runtimeService.startProcessInstanceByKey("simple-task", "together-2");
        });

    assertThat(onlyTransaction().processInstanceCommands()).hasSize(2);
    assertThat(onlyTransaction().taskCommands()).hasSize(2);
  }
}
