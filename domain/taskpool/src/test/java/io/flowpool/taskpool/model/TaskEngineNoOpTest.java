package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.attributesOf;
import static io.flowpool.taskpool.testing.TaskSamples.createTask;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Engine commands are never refused: on a task that was never created (create aside) or that is
 * completed or deleted they do nothing. Each command below would emit on the active sample task.
 */
class TaskEngineNoOpTest {

  private final TaskDecider decider = new TaskDecider();

  /** Every engine command kind except create, each one that changes the active sample task. */
  static Stream<Named<EngineTaskCommand>> changingCommands() {
    return Stream.of(
        named("assign", new AssignTaskCommand("t1", "gonzo")),
        named("update attributes", attributesOf(createTask("t1")).name("Renamed").command()),
        named("add candidate users", new AddCandidateUsersCommand("t1", Set.of("gonzo"))),
        named("delete candidate users", new DeleteCandidateUsersCommand("t1", Set.of("kermit"))),
        named("add candidate groups", new AddCandidateGroupsCommand("t1", Set.of("management"))),
        named("delete candidate groups", new DeleteCandidateGroupsCommand("t1", Set.of("sales"))),
        named("complete", new CompleteTaskCommand("t1", "gonzo")),
        named("delete", new DeleteTaskCommand("t1", "cancelled")));
  }

  /** The commands above and the create. */
  static Stream<Named<EngineTaskCommand>> allCommands() {
    return Stream.concat(Stream.of(named("create", createTask("t1"))), changingCommands());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changingCommands")
  void each_command_changes_the_active_sample_task(EngineTaskCommand command) {
    assertThat(decider.decide(command, decider.evolve(Task.none("t1"), created("t1"))))
        .isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changingCommands")
  void engine_command_on_a_task_never_created_is_a_no_op(EngineTaskCommand command) {
    scenario(decider, "t1").givenNothing().when(command).thenNothing();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCommands")
  void engine_command_on_a_completed_task_is_a_no_op(EngineTaskCommand command) {
    scenario(decider, "t1")
        .given(created("t1"), new TaskCompletedEvent("t1"))
        .when(command)
        .thenNothing();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCommands")
  void engine_command_on_a_deleted_task_is_a_no_op(EngineTaskCommand command) {
    scenario(decider, "t1")
        .given(created("t1"), new TaskDeletedEvent("t1", "cancelled"))
        .when(command)
        .thenNothing();
  }
}
