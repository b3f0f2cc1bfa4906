package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.attributesOf;
import static io.flowpool.taskpool.testing.TaskSamples.createTask;
import static io.flowpool.taskpool.testing.TaskSamples.createdEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskAttributeUpdateTest {

  private static final Payload NEW_PAYLOAD = Payload.of(Map.of("orderId", "4711", "amount", 99));
  private static final Correlations NEW_CORRELATIONS = Correlations.of("customer", "c-1");
  private static final Instant FOLLOW_UP = Instant.parse("2026-03-04T08:00:00Z");

  private final TaskDecider decider = new TaskDecider();
  private final CreateTaskCommand create = createTask("t1");
  private final TaskCreatedEvent created = createdEvent(create);

  @Test
  void update_of_attributes_emits_their_effective_values() {
    scenario(decider, "t1")
        .given(created)
        .when(
            attributesOf(create)
                .name("Approve big order")
                .priority(90)
                .followUpDate(FOLLOW_UP)
                .owner("fozzie")
                .command())
        .then(
            attributesOf(create)
                .name("Approve big order")
                .priority(90)
                .followUpDate(FOLLOW_UP)
                .owner("fozzie")
                .event());
  }

  @Test
  void update_that_changes_nothing_emits_nothing() {
    scenario(decider, "t1").given(created).when(attributesOf(create).command()).thenNothing();
  }

  @Test
  void enriched_update_replaces_payload_and_correlations() {
    scenario(decider, "t1")
        .given(created)
        .when(attributesOf(create).payload(NEW_PAYLOAD).correlations(NEW_CORRELATIONS).command())
        .then(attributesOf(create).payload(NEW_PAYLOAD).correlations(NEW_CORRELATIONS).event());
  }

  @Test
  void update_that_is_not_enriched_keeps_payload_and_correlations() {
    scenario(decider, "t1")
        .given(created)
        .when(
            attributesOf(create)
                .enriched(false)
                .payload(Payload.empty())
                .correlations(Correlations.none())
                .description("Urgent")
                .command())
        .then(attributesOf(create).description("Urgent").event());
  }

  @Test
  void update_that_is_not_enriched_and_differs_only_in_payload_emits_nothing() {
    scenario(decider, "t1")
        .given(created)
        .when(attributesOf(create).enriched(false).payload(NEW_PAYLOAD).command())
        .thenNothing();
  }

  @Test
  void update_without_business_key_keeps_the_old_one() {
    scenario(decider, "t1")
        .given(created)
        .when(attributesOf(create).businessKey(null).name("Renamed").command())
        .then(attributesOf(create).name("Renamed").event());
  }

  @Test
  void update_with_business_key_replaces_the_old_one() {
    scenario(decider, "t1")
        .given(created)
        .when(attributesOf(create).businessKey("order-4712").command())
        .then(attributesOf(create).businessKey("order-4712").event());
  }

  @Test
  void update_takes_missing_attributes_from_the_command_as_cleared() {
    scenario(decider, "t1")
        .given(created)
        .when(attributesOf(create).description(null).dueDate(null).command())
        .then(attributesOf(create).description(null).dueDate(null).event());
  }

  @Test
  void update_is_decided_by_its_values_not_by_the_unchanged_flag() {
    scenario(decider, "t1")
        .given(created)
        .when(attributesOf(create).unchanged(true).priority(10).command())
        .then(attributesOf(create).priority(10).event());
  }

  @Test
  void update_compares_with_the_attributes_of_the_latest_update() {
    scenario(decider, "t1")
        .given(created, attributesOf(create).name("Renamed").event())
        .when(attributesOf(create).name("Renamed").command())
        .thenNothing();
  }

  @Test
  void attributes_updated_event_changes_the_attributes_of_the_task() {
    Task task =
        scenario(decider, "t1")
            .given(created)
            .when(
                attributesOf(create)
                    .businessKey("order-4712")
                    .payload(NEW_PAYLOAD)
                    .correlations(NEW_CORRELATIONS)
                    .description("Urgent")
                    .dueDate(null)
                    .followUpDate(FOLLOW_UP)
                    .name("Renamed")
                    .owner("fozzie")
                    .priority(90)
                    .command())
            .stateAfter();

    assertThat(task.businessKey()).isEqualTo("order-4712");
    assertThat(task.payload()).isEqualTo(NEW_PAYLOAD);
    assertThat(task.correlations()).isEqualTo(NEW_CORRELATIONS);
    assertThat(task.description()).isEqualTo("Urgent");
    assertThat(task.dueDate()).isNull();
    assertThat(task.followUpDate()).isEqualTo(FOLLOW_UP);
    assertThat(task.name()).isEqualTo("Renamed");
    assertThat(task.owner()).isEqualTo("fozzie");
    assertThat(task.priority()).isEqualTo(90);
    assertThat(task.version()).isEqualTo(1);
  }

  @Test
  void attributes_updated_event_leaves_identity_assignment_and_candidates_alone() {
    Task task =
        scenario(decider, "t1")
            .given(created)
            .when(attributesOf(create).name("Renamed").command())
            .stateAfter();

    assertThat(task.sourceReference()).isEqualTo(create.sourceReference());
    assertThat(task.taskDefinitionKey()).isEqualTo(create.taskDefinitionKey());
    assertThat(task.formKey()).isEqualTo(create.formKey());
    assertThat(task.assignee()).isEqualTo(create.assignee());
    assertThat(task.candidateUsers()).isEqualTo(create.candidateUsers());
    assertThat(task.candidateGroups()).isEqualTo(create.candidateGroups());
    assertThat(task.createTime()).isEqualTo(create.createTime());
  }
}
