package io.flowpool.adapter.camunda.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessInstanceCommandsTest {

  private static SourceReference instance(String id) {
    return SourceReference.process(id, id, "p:1", "p", "Process", "app");
  }

  private static InstanceFact.VariableChanged variable(String instanceId, String name) {
    return new InstanceFact.VariableChanged(instance(instanceId), change(name));
  }

  private static VariableChange change(String name) {
    return new VariableChange(VariableChangeType.CREATE, "v-" + name, name, "x", 0, "scope");
  }

  @Test
  void variables_reported_before_the_start_follow_it_in_one_command() {
    var start = new StartProcessInstanceCommand(instance("a"), "b-1", null, null, "start");

    assertThat(
            ProcessInstanceCommands.of(
                List.of(variable("a", "x"), new InstanceFact.Lifecycle(start), variable("a", "y"))))
        .containsExactly(
            start,
            new ChangeProcessVariablesCommand(instance("a"), List.of(change("x"), change("y"))));
  }

  @Test
  void variables_of_an_instance_that_ends_precede_its_end() {
    var finish = new FinishProcessInstanceCommand(instance("a"), null, null, "end");

    assertThat(
            ProcessInstanceCommands.of(
                List.of(variable("a", "x"), new InstanceFact.Lifecycle(finish))))
        .containsExactly(
            new ChangeProcessVariablesCommand(instance("a"), List.of(change("x"))), finish);
  }

  @Test
  void variables_of_other_instances_come_last_in_order_of_their_first_change() {
    var suspend = new SuspendProcessInstanceCommand(instance("a"));

    assertThat(
            ProcessInstanceCommands.of(
                List.of(
                    variable("c", "x"),
                    new InstanceFact.Lifecycle(suspend),
                    new InstanceFact.Changed("a"),
                    variable("b", "y"),
                    variable("c", "z"))))
        .containsExactly(
            suspend,
            new ChangeProcessVariablesCommand(instance("c"), List.of(change("x"), change("z"))),
            new ChangeProcessVariablesCommand(instance("b"), List.of(change("y"))));
  }
}
