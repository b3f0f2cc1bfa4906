package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's request gets an answer: it is refused, with a reason, when the task does not exist, is
 * completed or deleted, or has changed since the version the user saw.
 */
class TaskRefusalTest {

  private static final Instant FOLLOW_UP = Instant.parse("2026-03-09T07:00:00Z");

  private final TaskDecider decider = new TaskDecider();

  /** Every interaction kind, without an expected version. */
  static Stream<Named<InteractionTaskCommand>> interactions() {
    return Stream.of(
        named("claim", new ClaimTaskCommand("t1", "kermit", null)),
        named("unclaim", new UnclaimTaskCommand("t1", null)),
        named(
            "mark to be completed",
            new MarkTaskToBeCompletedCommand("t1", Payload.empty(), "kermit", null)),
        named("defer", new DeferTaskCommand("t1", FOLLOW_UP, null)),
        named("undefer", new UndeferTaskCommand("t1", null)));
  }

  /** Every interaction kind, expecting version 0 (the task right after its creation). */
  static Stream<Named<InteractionTaskCommand>> interactionsAtVersionZero() {
    return Stream.of(
        named("claim", new ClaimTaskCommand("t1", "kermit", 0L)),
        named("unclaim", new UnclaimTaskCommand("t1", 0L)),
        named(
            "mark to be completed",
            new MarkTaskToBeCompletedCommand("t1", Payload.empty(), "kermit", 0L)),
        named("defer", new DeferTaskCommand("t1", FOLLOW_UP, 0L)),
        named("undefer", new UndeferTaskCommand("t1", 0L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interactions")
  void interaction_with_a_task_never_created_is_refused_as_not_found(
      InteractionTaskCommand command) {
    scenario(decider, "t1").givenNothing().when(command).thenRefused("TASK_NOT_FOUND");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interactions")
  void interaction_with_a_completed_task_is_refused_as_completed(InteractionTaskCommand command) {
    scenario(decider, "t1")
        .given(created("t1", "piggy"), new TaskCompletedEvent("t1"))
        .when(command)
        .thenRefused("TASK_COMPLETED");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interactions")
  void interaction_with_a_deleted_task_is_refused_as_deleted(InteractionTaskCommand command) {
    scenario(decider, "t1")
        .given(created("t1", "piggy"), new TaskDeletedEvent("t1", "cancelled"))
        .when(command)
        .thenRefused("TASK_DELETED");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interactionsAtVersionZero")
  void interaction_expecting_an_older_version_is_refused_as_changed(
      InteractionTaskCommand command) {
    scenario(decider, "t1")
        .given(created("t1", "piggy"), new TaskAssignedEvent("t1", "gonzo"))
        .when(command)
        .thenRefused("TASK_CHANGED");
  }

  @Test
  void claim_expecting_the_current_version_is_accepted() {
    scenario(decider, "t1")
        .given(created("t1"))
        .when(new ClaimTaskCommand("t1", "kermit", 0L))
        .then(new TaskClaimedEvent("t1", SOURCE_REFERENCE, "kermit"));
  }

  @Test
  void claim_expecting_no_version_is_accepted_whatever_the_version() {
    scenario(decider, "t1")
        .given(
            created("t1"), new TaskAssignedEvent("t1", "gonzo"), new TaskAssignedEvent("t1", null))
        .when(new ClaimTaskCommand("t1", "kermit", null))
        .then(new TaskClaimedEvent("t1", SOURCE_REFERENCE, "kermit"));
  }

  @Test
  void interaction_events_count_as_changes_for_the_version_check() {
    scenario(decider, "t1")
        .given(created("t1"), new TaskClaimedEvent("t1", SOURCE_REFERENCE, "kermit"))
        .when(new UndeferTaskCommand("t1", 0L))
        .thenRefused("TASK_CHANGED");
  }

  @Test
  void claim_that_would_change_nothing_is_still_refused_when_the_version_is_stale() {
    scenario(decider, "t1")
        .given(created("t1", "kermit"), new TaskAssignedEvent("t1", "kermit"))
        .when(new ClaimTaskCommand("t1", "kermit", 0L))
        .thenRefused("TASK_CHANGED");
  }

  @Test
  void refusal_as_changed_names_the_expected_and_the_current_version() {
    Task task = given(created("t1"), new TaskAssignedEvent("t1", "gonzo"));

    assertThatThrownBy(() -> decider.decide(new UnclaimTaskCommand("t1", 0L), task))
        .isInstanceOf(TaskChangedException.class)
        .hasMessageContaining("changed since version 0, now 1");
  }

  @Test
  void refusal_of_a_completed_task_names_the_task() {
    Task task = given(created("t1"), new TaskCompletedEvent("t1"));

    assertThatThrownBy(() -> decider.decide(new UnclaimTaskCommand("t1", null), task))
        .isInstanceOf(TaskAlreadyCompletedException.class)
        .hasMessageContaining("t1");
  }

  private Task given(TaskEvent... events) {
    Task task = decider.initialState("t1");
    for (TaskEvent event : events) {
      task = decider.evolve(task, event);
    }
    return task;
  }
}
