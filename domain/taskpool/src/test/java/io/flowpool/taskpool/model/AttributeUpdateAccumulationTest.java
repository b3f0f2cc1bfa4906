package io.flowpool.taskpool.model;

import static io.flowpool.taskpool.testing.AccumulatorSamples.addUsers;
import static io.flowpool.taskpool.testing.AccumulatorSamples.assign;
import static io.flowpool.taskpool.testing.AccumulatorSamples.createTask;
import static io.flowpool.taskpool.testing.AccumulatorSamples.updateTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeUpdateAccumulationTest {

  private static final Payload PAYLOAD = Payload.of(Map.of("amount", 100));
  private static final Correlations CORRELATIONS = Correlations.of("request", "r-1");

  private final EngineTransactionAccumulator accumulator = new EngineTransactionAccumulator();

  private List<EngineTaskCommand> accumulate(EngineTaskCommand... commands) {
    return accumulator.accumulate(List.of(commands));
  }

  @Test
  void last_of_several_updates_wins() {
    List<EngineTaskCommand> result =
        accumulate(
            updateTask("t1").name("first").priority(10).build(),
            updateTask("t1").name("second").priority(20).build());

    assertThat(result).containsExactly(updateTask("t1").name("second").priority(20).build());
  }

  @Test
  void last_update_keeps_payload_of_last_enriched_one_when_not_enriched_itself() {
    List<EngineTaskCommand> result =
        accumulate(
            updateTask("t1").enriched(Payload.of(Map.of("amount", 1)), Correlations.none()).build(),
            updateTask("t1").enriched(PAYLOAD, CORRELATIONS).build(),
            updateTask("t1").name("renamed").build());

    assertThat(result)
        .containsExactly(updateTask("t1").name("renamed").enriched(PAYLOAD, CORRELATIONS).build());
  }

  @Test
  void update_without_business_key_keeps_the_one_reported_earlier() {
    List<EngineTaskCommand> result =
        accumulate(
            updateTask("t1").businessKey("request-2").build(),
            updateTask("t1").name("renamed").build());

    assertThat(result)
        .containsExactly(updateTask("t1").businessKey("request-2").name("renamed").build());
  }

  @Test
  void update_that_changes_nothing_is_kept_when_alone() {
    assertThat(accumulate(updateTask("t1").unchanged().build()))
        .containsExactly(updateTask("t1").unchanged().build());
  }

  @Test
  void update_that_changes_nothing_is_dropped_when_other_commands_remain() {
    List<EngineTaskCommand> result =
        accumulate(
            assign("t1", "kermit"), addUsers("t1", "bert"), updateTask("t1").unchanged().build());

    assertThat(result)
        .containsExactly(
            assign("t1", "kermit"), new AddCandidateUsersCommand("t1", Set.of("bert")));
  }

  @Test
  void update_that_changes_nothing_counts_as_a_change_once_merged_with_a_real_one() {
    List<EngineTaskCommand> result =
        accumulate(
            assign("t1", "kermit"),
            updateTask("t1").name("renamed").build(),
            updateTask("t1").name("renamed").unchanged().build());

    assertThat(result)
        .containsExactly(assign("t1", "kermit"), updateTask("t1").name("renamed").build());
  }

  @Test
  void create_absorbs_an_update_that_changes_nothing() {
    assertThat(accumulate(createTask("t1").build(), updateTask("t1").unchanged().build()))
        .containsExactly(createTask("t1").build());
  }
}
