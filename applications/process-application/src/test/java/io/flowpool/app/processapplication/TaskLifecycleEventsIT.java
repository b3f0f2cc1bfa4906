package io.flowpool.app.processapplication;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport;
import io.flowpool.common.api.Correlations;
import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateUserChangedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * What the event store holds for user tasks after each kind of engine transaction: the collector's
 * reports, merged per transaction and decided by the task aggregate.
 */
class TaskLifecycleEventsIT extends ProcessApplicationTestSupport {

  /** A model whose own task listeners change the task, as models in the wild do. */
  private static final BpmnModelInstance REVIEW_WITH_LISTENERS =
      Bpmn.createExecutableProcess("order-review")
          .name("Order review")
          .camundaHistoryTimeToLive(30)
          .startEvent()
          .userTask("review")
          .name("Review order")
          .camundaCandidateGroups("reviewers")
          .camundaTaskListenerExpression("create", "${task.setAssignee('fozzie')}")
          .camundaTaskListenerExpression("create", "${task.addCandidateUser('gonzo')}")
          .camundaTaskListenerExpression(
              "update", "${task.setDescription('Reviewed at priority '.concat(task.priority))}")
          // urgent reviews go to kermit
          .camundaTaskListenerExpression(
              "update", "${task.priority >= 90 ? task.setAssignee('kermit') : null}")
          .endEvent()
          .done();

  @Test
  void created_task_carries_payload_correlation_business_key_form_key_and_candidates() {
    Task approve = task(startOrder("tl-1", "Miss Piggy", 120), "approve-order");

    assertThat(eventsOf(approve.getId()))
        .containsExactly(approveCreated(approve, "tl-1", "Miss Piggy", 120, 50));
  }

  @Test
  void created_task_carries_the_priority_the_models_create_listener_set() {
    Task approve = task(startOrder("tl-2", "Gonzo", 1500), "approve-order");

    assertThat(eventsOf(approve.getId()))
        .containsExactly(approveCreated(approve, "tl-2", "Gonzo", 1500, 80));
  }

  @Test
  void created_task_carries_the_assignee_and_candidate_the_models_create_listeners_added() {
    Task review = task(startReview("tl-3"), "review");

    assertThat(eventsOf(review.getId())).containsExactly(reviewCreated(review, "tl-3"));
  }

  @Test
  void completion_and_the_next_task_of_one_transaction_are_stored() {
    ProcessInstance instance = startOrder("tl-4", "Miss Piggy", 120);
    Task approve = task(instance, "approve-order");

    taskService.complete(approve.getId(), Map.of("approved", true));

    Task ship = task(instance, "ship-order");
    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "tl-4", "Miss Piggy", 120, 50),
            new TaskCompletedEvent(approve.getId()));
    assertThat(eventsOf(ship.getId())).containsExactly(shipCreated(ship, "tl-4", "Miss Piggy"));
  }

  @Test
  void claim_and_completion_in_one_transaction_store_the_assignment_then_the_completion() {
    Task approve = task(startOrder("tl-5", "Miss Piggy", 120), "approve-order");

    inOneTransaction(
        () -> {
          taskService.claim(approve.getId(), "kermit");
          taskService.complete(approve.getId(), Map.of("approved", true));
        });

    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "tl-5", "Miss Piggy", 120, 50),
            new TaskAssignedEvent(approve.getId(), "kermit"),
            new TaskCompletedEvent(approve.getId()));
  }

  @Test
  void attributes_saved_through_the_api_are_stored_as_an_update() {
    Task approve = task(startOrder("tl-6", "Miss Piggy", 120), "approve-order");

    approve.setName("Approve soon");
    approve.setPriority(70);
    approve.setOwner("piggy");
    taskService.saveTask(approve);

    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "tl-6", "Miss Piggy", 120, 50),
            new TaskAttributesUpdatedEvent(
                approve.getId(),
                "tl-6",
                orderPayload("tl-6", "Miss Piggy", 120),
                Correlations.of("order", "tl-6"),
                "Check order tl-6 of Miss Piggy",
                null,
                null,
                "Approve soon",
                "piggy",
                70));
  }

  @Test
  void attributes_saved_through_the_api_include_what_the_models_update_listeners_changed() {
    Task review = task(startReview("tl-7"), "review");

    review.setPriority(80);
    taskService.saveTask(review);

    assertThat(eventsOf(review.getId()))
        .containsExactly(
            reviewCreated(review, "tl-7"),
            new TaskAttributesUpdatedEvent(
                review.getId(),
                "tl-7",
                orderPayload("tl-7", "Rowlf", 75),
                Correlations.of("order", "tl-7"),
                "Reviewed at priority 80",
                null,
                null,
                "Review order",
                null,
                80));
  }

  @Test
  void assignments_through_the_api_are_stored_one_per_change() {
    Task approve = task(startOrder("tl-8", "Miss Piggy", 120), "approve-order");

    taskService.setAssignee(approve.getId(), "kermit");
    taskService.setAssignee(approve.getId(), "piggy");
    taskService.setAssignee(approve.getId(), null);

    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "tl-8", "Miss Piggy", 120, 50),
            new TaskAssignedEvent(approve.getId(), "kermit"),
            new TaskAssignedEvent(approve.getId(), "piggy"),
            new TaskAssignedEvent(approve.getId(), null));
  }

  @Test
  void assignment_made_by_a_models_update_listener_is_stored_with_the_update() {
    Task review = task(startReview("tl-9"), "review");

    review.setPriority(90);
    taskService.saveTask(review);

    assertThat(eventsOf(review.getId()))
        .containsExactly(
            reviewCreated(review, "tl-9"),
            new TaskAssignedEvent(review.getId(), "kermit"),
            new TaskAttributesUpdatedEvent(
                review.getId(),
                "tl-9",
                orderPayload("tl-9", "Rowlf", 75),
                Correlations.of("order", "tl-9"),
                "Reviewed at priority 90",
                null,
                null,
                "Review order",
                null,
                90));
  }

  @Test
  void candidate_users_and_groups_added_and_removed_are_stored_one_event_each() {
    Task approve = task(startOrder("tl-10", "Miss Piggy", 120), "approve-order");

    taskService.addCandidateUser(approve.getId(), "gonzo");
    taskService.addCandidateGroup(approve.getId(), "muppets");
    taskService.deleteCandidateUser(approve.getId(), "kermit");
    taskService.deleteCandidateGroup(approve.getId(), "approvers");

    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "tl-10", "Miss Piggy", 120, 50),
            new TaskCandidateUserChangedEvent(approve.getId(), "gonzo", CandidateChange.ADD),
            new TaskCandidateGroupChangedEvent(approve.getId(), "muppets", CandidateChange.ADD),
            new TaskCandidateUserChangedEvent(approve.getId(), "kermit", CandidateChange.DELETE),
            new TaskCandidateGroupChangedEvent(
                approve.getId(), "approvers", CandidateChange.DELETE));
  }

  @Test
  void candidate_changes_of_one_transaction_merge_as_set_arithmetic() {
    Task approve = task(startOrder("tl-11", "Miss Piggy", 120), "approve-order");

    inOneTransaction(
        () -> {
          taskService.addCandidateUser(approve.getId(), "gonzo");
          taskService.deleteCandidateUser(approve.getId(), "gonzo");
          taskService.deleteCandidateGroup(approve.getId(), "approvers");
          taskService.addCandidateGroup(approve.getId(), "approvers");
          taskService.addCandidateGroup(approve.getId(), "muppets");
        });

    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "tl-11", "Miss Piggy", 120, 50),
            new TaskCandidateGroupChangedEvent(approve.getId(), "muppets", CandidateChange.ADD));
  }

  @Test
  void task_of_a_deleted_instance_is_stored_as_deleted_with_the_reason() {
    ProcessInstance instance = startOrder("tl-12", "Miss Piggy", 120);
    Task approve = task(instance, "approve-order");

    runtimeService.deleteProcessInstance(instance.getId(), "order withdrawn");

    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "tl-12", "Miss Piggy", 120, 50),
            new TaskDeletedEvent(approve.getId(), "order withdrawn"));
  }

  @Test
  void nothing_but_the_creation_is_stored_for_an_update_that_changes_nothing() {
    Task approve = task(startOrder("tl-13", "Miss Piggy", 120), "approve-order");

    taskService.saveTask(approve);

    assertThat(eventsOf(approve.getId()))
        .containsExactly(approveCreated(approve, "tl-13", "Miss Piggy", 120, 50));
  }

  /** The review task: assigned to fozzie and offered to gonzo by the model's create listeners. */
  private TaskCreatedEvent reviewCreated(Task review, String orderId) {
    return new TaskCreatedEvent(
        review.getId(),
        sourceOf(review),
        "review",
        null,
        orderId,
        orderPayload(orderId, "Rowlf", 75),
        Correlations.of("order", orderId),
        "fozzie",
        Set.of("gonzo"),
        Set.of("reviewers"),
        review.getCreateTime().toInstant(),
        null,
        null,
        null,
        "Review order",
        null,
        50);
  }

  private ProcessInstance startReview(String orderId) {
    repositoryService
        .createDeployment()
        .name("order-review")
        .enableDuplicateFiltering(true)
        .addModelInstance("order-review.bpmn", REVIEW_WITH_LISTENERS)
        .deploy();
    return runtimeService.startProcessInstanceByKey(
        "order-review", orderId, orderVariables(orderId, "Rowlf", 75));
  }
}
