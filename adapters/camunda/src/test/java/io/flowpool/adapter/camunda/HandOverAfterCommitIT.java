package io.flowpool.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.adapter.camunda.testing.CollectorTestApplication;
import io.flowpool.adapter.camunda.testing.CommittedInstances;
import io.flowpool.adapter.camunda.testing.EngineTestSupport;
import io.flowpool.adapter.camunda.testing.RefusedForTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With send-within-transaction off, the taskpool gets each engine transaction after its commit. */
@SpringBootTest(
    classes = CollectorTestApplication.class,
    properties = "flowpool.collector.send-within-transaction=false")
class HandOverAfterCommitIT extends EngineTestSupport {

  @Autowired DataSource dataSource;

  @Test
  void engine_transaction_is_handed_over_after_the_engine_committed() {
    CommittedInstances committed = new CommittedInstances(dataSource);
    List<Long> committedAtHandOver = new CopyOnWriteArrayList<>();
    taskpool.onSubmit(transaction -> committedAtHandOver.add(committed.withBusinessKey("after-1")));

    runtimeService.startProcessInstanceByKey("simple-task", "after-1");

    assertThat(committedAtHandOver).containsExactly(1L);
    assertThat(onlyTransaction().taskCommands()).hasSize(1);
  }

  @Test
  void refusal_by_the_taskpool_after_the_commit_leaves_the_engine_as_committed() {
    taskpool.onSubmit(
        transaction -> {
          throw new RefusedForTest();
        });

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("simple-task", "after-2"))
        .isInstanceOf(RefusedForTest.class);

    assertThat(new CommittedInstances(dataSource).withBusinessKey("after-2")).isEqualTo(1L);
  }
}
