package io.flowpool.taskpool.model;

import static io.flowpool.taskpool.testing.AccumulatorSamples.addGroups;
import static io.flowpool.taskpool.testing.AccumulatorSamples.addUsers;
import static io.flowpool.taskpool.testing.AccumulatorSamples.assign;
import static io.flowpool.taskpool.testing.AccumulatorSamples.complete;
import static io.flowpool.taskpool.testing.AccumulatorSamples.createTask;
import static io.flowpool.taskpool.testing.AccumulatorSamples.delete;
import static io.flowpool.taskpool.testing.AccumulatorSamples.deleteGroups;
import static io.flowpool.taskpool.testing.AccumulatorSamples.deleteUsers;
import static io.flowpool.taskpool.testing.AccumulatorSamples.updateTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineTransactionAccumulatorTest {

  private final EngineTransactionAccumulator accumulator = new EngineTransactionAccumulator();

  private List<EngineTaskCommand> accumulate(EngineTaskCommand... commands) {
    return accumulator.accumulate(List.of(commands));
  }

  @Test
  void empty_transaction_yields_nothing() {
    assertThat(accumulator.accumulate(List.of())).isEmpty();
  }

  @Test
  void create_absorbs_assignment_candidate_changes_and_attribute_update_of_same_transaction() {
    Payload payload = Payload.of(Map.of("amount", 100));
    Correlations correlations = Correlations.of("request", "r-1");
    Instant due = Instant.parse("2024-05-09T08:00:00Z");

    List<EngineTaskCommand> result =
        accumulate(
            createTask("t1").candidateUsers("anna").candidateGroups("clerks").build(),
            assign("t1", "kermit"),
            addUsers("t1", "bert"),
            deleteUsers("t1", "anna"),
            addGroups("t1", "managers"),
            updateTask("t1")
                .name("Approve big request")
                .dueDate(due)
                .priority(80)
                .enriched(payload, correlations)
                .build());

    assertThat(result)
        .containsExactly(
            createTask("t1")
                .assignee("kermit")
                .candidateUsers("bert")
                .candidateGroups("clerks", "managers")
                .name("Approve big request")
                .dueDate(due)
                .priority(80)
                .payload(payload)
                .correlations(correlations)
                .enriched()
                .build());
  }

  @Test
  void create_keeps_its_payload_and_business_key_when_the_update_is_not_enriched() {
    Payload payload = Payload.of(Map.of("amount", 100));

    List<EngineTaskCommand> result =
        accumulate(
            createTask("t1").payload(payload).enriched().build(),
            updateTask("t1").businessKey(null).description("changed").build());

    assertThat(result)
        .containsExactly(
            createTask("t1").payload(payload).enriched().description("changed").build());
  }

  @Test
  void create_supersedes_changes_reported_before_it() {
    List<EngineTaskCommand> result =
        accumulate(
            assign("t1", "kermit"),
            addUsers("t1", "bert"),
            createTask("t1").assignee("piggy").build());

    assertThat(result).containsExactly(createTask("t1").assignee("piggy").build());
  }

  @Test
  void create_and_complete_in_one_transaction_yield_create_with_changes_then_complete() {
    List<EngineTaskCommand> result =
        accumulate(
            createTask("t1").build(),
            assign("t1", "kermit"),
            addGroups("t1", "clerks"),
            complete("t1"));

    assertThat(result)
        .containsExactly(
            createTask("t1").assignee("kermit").candidateGroups("clerks").build(), complete("t1"));
  }

  @Test
  void complete_absorbs_the_assignment_before_it_and_drops_other_changes() {
    List<EngineTaskCommand> result =
        accumulate(
            assign("t1", "kermit"),
            addUsers("t1", "bert"),
            updateTask("t1").name("renamed").build(),
            complete("t1"));

    assertThat(result).containsExactly(complete("t1", "kermit"));
  }

  @Test
  void claim_and_complete_in_one_transaction_yield_complete_by_the_claimant() {
    assertThat(accumulate(assign("t1", "kermit"), complete("t1")))
        .containsExactly(complete("t1", "kermit"));
  }

  @Test
  void complete_carrying_an_assignee_keeps_it_over_the_assignment_before_it() {
    assertThat(accumulate(assign("t1", "kermit"), complete("t1", "piggy")))
        .containsExactly(complete("t1", "piggy"));
  }

  @Test
  void identity_link_deletes_after_complete_are_dropped() {
    List<EngineTaskCommand> result =
        accumulate(
            complete("t1", "kermit"),
            deleteUsers("t1", "kermit"),
            deleteGroups("t1", "clerks"),
            assign("t1", null));

    assertThat(result).containsExactly(complete("t1", "kermit"));
  }

  @Test
  void delete_absorbs_the_assignment_before_it_and_drops_other_changes() {
    List<EngineTaskCommand> result =
        accumulate(
            assign("t1", "kermit"),
            addGroups("t1", "clerks"),
            updateTask("t1").priority(10).build(),
            delete("t1"));

    assertThat(result).containsExactly(delete("t1"));
  }

  @Test
  void commands_after_delete_are_dropped() {
    assertThat(accumulate(delete("t1"), complete("t1"), createTask("t1").build()))
        .containsExactly(delete("t1"));
  }

  @Test
  void last_of_several_assignments_wins() {
    assertThat(accumulate(assign("t1", "kermit"), assign("t1", null), assign("t1", "piggy")))
        .containsExactly(assign("t1", "piggy"));
  }

  @Test
  void complete_of_one_task_and_create_of_the_next_keep_their_order() {
    List<EngineTaskCommand> result =
        accumulate(
            assign("t1", "kermit"),
            complete("t1"),
            createTask("t2").candidateGroups("clerks").build(),
            deleteUsers("t1", "kermit"));

    assertThat(result)
        .containsExactly(
            complete("t1", "kermit"), createTask("t2").candidateGroups("clerks").build());
  }

  @Test
  void two_interleaved_tasks_keep_their_grouping() {
    List<EngineTaskCommand> result =
        accumulate(
            addUsers("t1", "anna"),
            assign("t2", "kermit"),
            assign("t1", "bert"),
            addGroups("t2", "clerks"),
            deleteGroups("t1", "managers"));

    assertThat(result)
        .containsExactly(
            assign("t1", "bert"),
            new AddCandidateUsersCommand("t1", Set.of("anna")),
            new DeleteCandidateGroupsCommand("t1", Set.of("managers")),
            assign("t2", "kermit"),
            new AddCandidateGroupsCommand("t2", Set.of("clerks")));
  }

  @Test
  void changes_without_create_come_in_a_fixed_order_whatever_their_arrival() {
    List<EngineTaskCommand> result =
        accumulate(
            updateTask("t1").name("renamed").build(),
            deleteGroups("t1", "managers"),
            addGroups("t1", "clerks"),
            deleteUsers("t1", "anna"),
            addUsers("t1", "bert"),
            assign("t1", "kermit"));

    assertThat(result)
        .containsExactly(
            assign("t1", "kermit"),
            new AddCandidateUsersCommand("t1", Set.of("bert")),
            new DeleteCandidateUsersCommand("t1", Set.of("anna")),
            new AddCandidateGroupsCommand("t1", Set.of("clerks")),
            new DeleteCandidateGroupsCommand("t1", Set.of("managers")),
            updateTask("t1").name("renamed").build());
  }
}
