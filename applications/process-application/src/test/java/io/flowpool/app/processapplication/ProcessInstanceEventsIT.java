package io.flowpool.app.processapplication;

import static io.flowpool.taskpool.api.process.VariableChangeType.CREATE;
import static io.flowpool.taskpool.api.process.VariableChangeType.DELETE;
import static io.flowpool.taskpool.api.process.VariableChangeType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.process.ProcessInstanceCancelledEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceFinishedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceResumedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceStartedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceSuspendedEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** What the event store holds for process instances and their variables. */
class ProcessInstanceEventsIT extends ProcessApplicationTestSupport {

  @Test
  void started_instance_is_stored_with_business_key_start_user_and_its_variables() {
    identityService.setAuthenticatedUserId("kermit");
    ProcessInstance instance;
    try {
      instance = startOrder("pi-1", "Miss Piggy", 120);
    } finally {
      identityService.clearAuthentication();
    }

    List<Object> events = eventsOf(instance.getId());
    assertThat(events).hasSize(2);
    assertThat(events.get(0))
        .isEqualTo(
            new ProcessInstanceStartedEvent(
                sourceOf(instance), "pi-1", "kermit", null, "order-received"));
    // the engine creates start variables in an order of its own
    assertThat(events.get(1))
        .isInstanceOfSatisfying(
            ProcessVariablesChangedEvent.class,
            changed -> {
              assertThat(changed.sourceReference()).isEqualTo(sourceOf(instance));
              assertThat(changed.changes())
                  .containsExactlyInAnyOrder(
                      change(CREATE, instance, "orderId", "pi-1", 0),
                      change(CREATE, instance, "customer", "Miss Piggy", 0),
                      change(CREATE, instance, "amount", 120, 0));
            });
  }

  @Test
  void suspended_and_resumed_instance_is_stored() {
    ProcessInstance instance = startOrder("pi-2", "Miss Piggy", 120);

    runtimeService.suspendProcessInstanceById(instance.getId());
    runtimeService.activateProcessInstanceById(instance.getId());

    assertThat(eventsAfterStart(instance))
        .containsExactly(
            new ProcessInstanceSuspendedEvent(sourceOf(instance)),
            new ProcessInstanceResumedEvent(sourceOf(instance)));
  }

  @Test
  void cancelled_instance_is_stored_with_its_delete_reason() {
    ProcessInstance instance = startOrder("pi-3", "Miss Piggy", 120);

    runtimeService.deleteProcessInstance(instance.getId(), "customer withdrew the order");

    assertThat(eventsAfterStart(instance))
        .containsExactly(
            new ProcessInstanceCancelledEvent(
                sourceOf(instance), "pi-3", null, null, "customer withdrew the order"));
  }

  @Test
  void finished_instance_is_stored_with_its_end_event_after_the_variable_of_its_last_task() {
    ProcessInstance instance = startOrder("pi-4", "Miss Piggy", 120);
    Task approve = task(instance, "approve-order");

    taskService.complete(approve.getId(), Map.of("approved", false));

    assertThat(eventsAfterStart(instance))
        .containsExactly(
            new ProcessVariablesChangedEvent(
                sourceOf(instance), List.of(change(CREATE, instance, "approved", false, 0))),
            new ProcessInstanceFinishedEvent(sourceOf(instance), "pi-4", null, "order-rejected"));
    assertThat(eventsOf(approve.getId())).last().isEqualTo(new TaskCompletedEvent(approve.getId()));
  }

  @Test
  void changed_variable_is_stored_and_updates_the_payload_of_the_waiting_task() {
    ProcessInstance instance = startOrder("pi-5", "Miss Piggy", 120);
    Task approve = task(instance, "approve-order");

    runtimeService.setVariable(instance.getId(), "amount", 200);

    assertThat(eventsAfterStart(instance))
        .containsExactly(
            new ProcessVariablesChangedEvent(
                sourceOf(instance), List.of(change(UPDATE, instance, "amount", 200, 1))));
    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "pi-5", "Miss Piggy", 120, 50),
            new TaskAttributesUpdatedEvent(
                approve.getId(),
                "pi-5",
                orderPayload("pi-5", "Miss Piggy", 200),
                Correlations.of("order", "pi-5"),
                "Check order pi-5 of Miss Piggy",
                null,
                null,
                "Approve order",
                null,
                50));
  }

  @Test
  void removed_and_added_variables_are_stored_as_one_change_and_reach_the_waiting_task() {
    ProcessInstance instance = startOrder("pi-6", "Miss Piggy", 120);
    Task approve = task(instance, "approve-order");

    inOneTransaction(
        () -> {
          runtimeService.removeVariable(instance.getId(), "customer");
          runtimeService.setVariable(instance.getId(), "note", "call back");
        });

    assertThat(eventsAfterStart(instance))
        .containsExactly(
            new ProcessVariablesChangedEvent(
                sourceOf(instance),
                List.of(
                    change(DELETE, instance, "customer", null, 1),
                    change(CREATE, instance, "note", "call back", 0))));
    assertThat(eventsOf(approve.getId()))
        .last()
        .isInstanceOfSatisfying(
            TaskAttributesUpdatedEvent.class,
            updated ->
                assertThat(updated.payload())
                    .isEqualTo(
                        Payload.of(Map.of("orderId", "pi-6", "amount", 120, "note", "call back"))));
  }

  /** The instance's events after its start and start variables, which are checked on the way. */
  private List<Object> eventsAfterStart(ProcessInstance instance) {
    List<Object> events = eventsOf(instance.getId());
    assertThat(events).hasSizeGreaterThanOrEqualTo(2);
    assertThat(events.get(0)).isInstanceOf(ProcessInstanceStartedEvent.class);
    assertThat(events.get(1)).isInstanceOf(ProcessVariablesChangedEvent.class);
    return events.subList(2, events.size());
  }
}
