package io.flowpool.taskpool.model;

import static io.flowpool.taskpool.testing.AccumulatorSamples.addGroups;
import static io.flowpool.taskpool.testing.AccumulatorSamples.addUsers;
import static io.flowpool.taskpool.testing.AccumulatorSamples.createTask;
import static io.flowpool.taskpool.testing.AccumulatorSamples.deleteGroups;
import static io.flowpool.taskpool.testing.AccumulatorSamples.deleteUsers;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateChangeAccumulationTest {

  private final EngineTransactionAccumulator accumulator = new EngineTransactionAccumulator();

  private List<EngineTaskCommand> accumulate(EngineTaskCommand... commands) {
    return accumulator.accumulate(List.of(commands));
  }

  @Test
  void several_candidate_user_adds_and_removes_merge_into_one_add_and_one_delete() {
    List<EngineTaskCommand> result =
        accumulate(
            addUsers("t1", "anna"),
            deleteUsers("t1", "bert"),
            addUsers("t1", "carl", "dora"),
            deleteUsers("t1", "erik"));

    assertThat(result)
        .containsExactly(
            new AddCandidateUsersCommand("t1", Set.of("anna", "carl", "dora")),
            new DeleteCandidateUsersCommand("t1", Set.of("bert", "erik")));
  }

  @Test
  void several_candidate_group_adds_and_removes_merge_into_one_add_and_one_delete() {
    List<EngineTaskCommand> result =
        accumulate(
            addGroups("t1", "clerks"),
            deleteGroups("t1", "managers"),
            addGroups("t1", "auditors"),
            deleteGroups("t1", "interns"));

    assertThat(result)
        .containsExactly(
            new AddCandidateGroupsCommand("t1", Set.of("auditors", "clerks")),
            new DeleteCandidateGroupsCommand("t1", Set.of("interns", "managers")));
  }

  @Test
  void add_then_delete_of_the_same_user_is_a_delete() {
    assertThat(accumulate(addUsers("t1", "anna", "bert"), deleteUsers("t1", "anna")))
        .containsExactly(
            new AddCandidateUsersCommand("t1", Set.of("bert")),
            new DeleteCandidateUsersCommand("t1", Set.of("anna")));
  }

  @Test
  void delete_then_add_of_the_same_group_is_an_add() {
    assertThat(accumulate(deleteGroups("t1", "clerks"), addGroups("t1", "clerks")))
        .containsExactly(new AddCandidateGroupsCommand("t1", Set.of("clerks")));
  }

  @Test
  void create_applies_candidate_changes_as_set_arithmetic_on_its_candidates() {
    List<EngineTaskCommand> result =
        accumulate(
            createTask("t1").candidateUsers("anna").candidateGroups("clerks").build(),
            deleteUsers("t1", "anna"),
            addUsers("t1", "anna", "bert"),
            deleteUsers("t1", "bert"),
            addGroups("t1", "managers"),
            deleteGroups("t1", "clerks"));

    assertThat(result)
        .containsExactly(
            createTask("t1").candidateUsers("anna").candidateGroups("managers").build());
  }
}
