package io.flowpool.taskpool.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ResumeProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTransactionTest {

  private static final SourceReference INSTANCE =
      SourceReference.process("pi-1", "ex-1", "invoice:2:1", "invoice", "Invoice", "billing");

  @Test
  void the_parts_of_a_transaction_as_one_keep_each_list_in_order() {
    EngineTransaction first =
        new EngineTransaction(
            List.of(),
            List.of(new SuspendProcessInstanceCommand(INSTANCE)),
            List.of(new AssignTaskCommand("t1", "kermit")));
    EngineTransaction second =
        new EngineTransaction(
            List.of(),
            List.of(new ResumeProcessInstanceCommand(INSTANCE)),
            List.of(new CompleteTaskCommand("t1", "kermit"), new DeleteTaskCommand("t2", null)));

    EngineTransaction both = EngineTransaction.inOrder(List.of(first, second));

    assertThat(both.processInstanceCommands())
        .containsExactly(
            new SuspendProcessInstanceCommand(INSTANCE),
            new ResumeProcessInstanceCommand(INSTANCE));
    assertThat(both.taskCommands())
        .containsExactly(
            new AssignTaskCommand("t1", "kermit"),
            new CompleteTaskCommand("t1", "kermit"),
            new DeleteTaskCommand("t2", null));
    assertThat(EngineTransaction.inOrder(List.of(first, EngineTransaction.ofTasks(List.of()))))
        .isEqualTo(first);
  }
}
