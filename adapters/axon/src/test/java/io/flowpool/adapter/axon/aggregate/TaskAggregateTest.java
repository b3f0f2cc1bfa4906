package io.flowpool.adapter.axon.aggregate;

import static io.flowpool.taskpool.testing.TaskSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.TaskSamples.createTask;
import static io.flowpool.taskpool.testing.TaskSamples.created;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.model.TaskAlreadyCompletedException;
import io.flowpool.taskpool.model.TaskChangedException;
import io.flowpool.taskpool.model.TaskDecider;
import io.flowpool.taskpool.model.TaskNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskAggregateTest {

  private AggregateTestFixture<TaskAggregate> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(TaskAggregate.class);
    fixture.registerCommandTargetResolver(new DomainCommandTargetResolver());
    fixture.registerInjectableResource(new TaskDecider());
  }

  @Test
  void create_of_an_unknown_task_creates_it_under_the_task_id() {
    fixture
        .givenNoPriorActivity()
        .when(createTask("t1"))
        .expectEvents(created("t1"))
        .expectState(task -> assertThat(task).extracting("taskId").isEqualTo("t1"));
  }

  @Test
  void repeated_create_of_an_active_task_emits_the_snapshot_again() {
    fixture.given(created("t1")).when(createTask("t1")).expectEvents(created("t1"));
  }

  @Test
  void engine_command_for_an_unknown_task_is_a_no_op() {
    fixture
        .givenNoPriorActivity()
        .when(new AssignTaskCommand("t1", "kermit"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void assignment_to_the_current_assignee_is_a_no_op() {
    fixture
        .given(created("t1", "kermit"))
        .when(new AssignTaskCommand("t1", "kermit"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void every_event_the_decider_returns_is_applied_in_order() {
    fixture
        .given(created("t1", "kermit"))
        .when(new CompleteTaskCommand("t1", "piggy"))
        .expectEvents(new TaskAssignedEvent("t1", "piggy"), new TaskCompletedEvent("t1"));
  }

  @Test
  void claim_of_a_task_held_by_another_user_unclaims_first() {
    fixture
        .given(created("t1", "kermit"))
        .when(new ClaimTaskCommand("t1", "piggy", null))
        .expectEvents(
            new TaskUnclaimedEvent("t1", SOURCE_REFERENCE),
            new TaskClaimedEvent("t1", SOURCE_REFERENCE, "piggy"));
  }

  @Test
  void claim_of_a_completed_task_is_refused_with_the_domain_exception() {
    fixture
        .given(created("t1"), new TaskCompletedEvent("t1"))
        .when(new ClaimTaskCommand("t1", "piggy", null))
        .expectException(TaskAlreadyCompletedException.class)
        .expectNoEvents();
  }

  @Test
  void claim_of_an_unknown_task_is_refused_and_creates_nothing() {
    fixture
        .givenNoPriorActivity()
        .when(new ClaimTaskCommand("t1", "piggy", null))
        .expectException(TaskNotFoundException.class)
        .expectNoEvents();
  }

  @Test
  void claim_with_a_stale_version_is_refused() {
    fixture
        .given(created("t1"), new TaskAssignedEvent("t1", "kermit"))
        .when(new ClaimTaskCommand("t1", "piggy", 0L))
        .expectException(TaskChangedException.class);
  }
}
