package io.flowpool.taskpool.usecase;

import static io.flowpool.taskpool.testing.AccumulatorSamples.assign;
import static io.flowpool.taskpool.testing.AccumulatorSamples.complete;
import static io.flowpool.taskpool.testing.AccumulatorSamples.createTask;
import static io.flowpool.taskpool.testing.AccumulatorSamples.deleteUsers;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitEngineTransactionServiceTest {

  private static final SourceReference INSTANCE =
      SourceReference.process("pi-1", "pi-1", "invoice:1:d1", "invoice", "Invoice", "app");

  private final RecordingDispatcher dispatcher = new RecordingDispatcher();
  private final SubmitEngineTransactionService service =
      new SubmitEngineTransactionService(dispatcher);

  @Test
  void submit_dispatches_the_accumulated_task_commands_in_order() {
    service.submit(
        EngineTransaction.ofTasks(
            List.of(
                assign("t1", "kermit"),
                complete("t1"),
                deleteUsers("t1", "kermit"),
                createTask("t2").build(),
                assign("t2", "piggy"))));

    assertThat(dispatcher.dispatched)
        .containsExactly(complete("t1", "kermit"), createTask("t2").assignee("piggy").build());
  }

  @Test
  void submit_of_an_empty_transaction_dispatches_nothing() {
    service.submit(EngineTransaction.ofTasks(List.of()));

    assertThat(dispatcher.dispatched).isEmpty();
  }

  @Test
  void definitions_and_instance_starts_go_before_tasks_and_instance_ends_after_them() {
    RegisterProcessDefinitionCommand definition =
        new RegisterProcessDefinitionCommand(
            "invoice:1:d1", "invoice", 1, "app", "Invoice", null, null, null, true, null, null);
    StartProcessInstanceCommand start =
        new StartProcessInstanceCommand(INSTANCE, "order-4711", "kermit", null, "start");
    FinishProcessInstanceCommand finish =
        new FinishProcessInstanceCommand(INSTANCE, "order-4711", null, "end");

    service.submit(
        new EngineTransaction(
            List.of(definition), List.of(start, finish), List.of(createTask("t1").build())));

    assertThat(dispatcher.dispatched)
        .containsExactly(definition, start, createTask("t1").build(), finish);
  }

  @Test
  void variable_changes_of_one_instance_are_dispatched_as_one_command_in_order() {
    VariableChange amount =
        new VariableChange(VariableChangeType.CREATE, "v1", "amount", 100, 0, "pi-1");
    VariableChange amountAgain =
        new VariableChange(VariableChangeType.UPDATE, "v1", "amount", 120, 1, "pi-1");
    VariableChange customer =
        new VariableChange(VariableChangeType.CREATE, "v2", "customer", "ACME", 0, "pi-1");

    service.submit(
        new EngineTransaction(
            List.of(),
            List.of(
                new ChangeProcessVariablesCommand(INSTANCE, List.of(amount)),
                new ChangeProcessVariablesCommand(INSTANCE, List.of(amountAgain, customer))),
            List.of()));

    assertThat(dispatcher.dispatched)
        .containsExactly(
            new ChangeProcessVariablesCommand(INSTANCE, List.of(amount, amountAgain, customer)));
  }

  @Test
  void consecutive_commands_of_one_instance_are_dispatched_in_one_call() {
    StartProcessInstanceCommand start =
        new StartProcessInstanceCommand(INSTANCE, "order-4711", "kermit", null, "start");
    ChangeProcessVariablesCommand variables =
        new ChangeProcessVariablesCommand(
            INSTANCE,
            List.of(new VariableChange(VariableChangeType.CREATE, "v1", "amount", 100, 0, "pi-1")));
    SourceReference otherInstance =
        SourceReference.process("pi-2", "pi-2", "invoice:1:d1", "invoice", "Invoice", "app");
    StartProcessInstanceCommand otherStart =
        new StartProcessInstanceCommand(otherInstance, "order-4712", "kermit", null, "start");
    FinishProcessInstanceCommand finish =
        new FinishProcessInstanceCommand(INSTANCE, "order-4711", null, "end");

    service.submit(
        new EngineTransaction(List.of(), List.of(start, variables, otherStart, finish), List.of()));

    assertThat(dispatcher.dispatched)
        .containsExactly(List.of(start, variables), otherStart, finish);
  }

  @Test
  void commands_of_one_instance_that_are_not_consecutive_keep_their_places() {
    SourceReference otherInstance =
        SourceReference.process("pi-2", "pi-2", "invoice:1:d1", "invoice", "Invoice", "app");
    StartProcessInstanceCommand start =
        new StartProcessInstanceCommand(INSTANCE, "order-4711", "kermit", null, "start");
    StartProcessInstanceCommand otherStart =
        new StartProcessInstanceCommand(otherInstance, "order-4712", "kermit", null, "start");
    SuspendProcessInstanceCommand suspend = new SuspendProcessInstanceCommand(INSTANCE);

    service.submit(
        new EngineTransaction(List.of(), List.of(start, otherStart, suspend), List.of()));

    assertThat(dispatcher.dispatched).containsExactly(start, otherStart, suspend);
  }

  /** Records what it is asked to dispatch, in order; commands dispatched in one call as a list. */
  private static final class RecordingDispatcher implements TaskpoolCommandDispatcher {
    private final List<Object> dispatched = new ArrayList<>();

    @Override
    public void dispatch(EngineTaskCommand command) {
      dispatched.add(command);
    }

    @Override
    public void dispatch(InteractionTaskCommand command) {
      dispatched.add(command);
    }

    @Override
    public void dispatch(ProcessInstanceCommand command) {
      dispatched.add(command);
    }

    @Override
    public void dispatchInOrder(List<ProcessInstanceCommand> commandsOfOneInstance) {
      dispatched.add(commandsOfOneInstance);
    }

    @Override
    public void dispatch(RegisterProcessDefinitionCommand command) {
      dispatched.add(command);
    }
  }
}
