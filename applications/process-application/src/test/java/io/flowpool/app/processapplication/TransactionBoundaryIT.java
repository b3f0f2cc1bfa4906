package io.flowpool.app.processapplication;

import static io.flowpool.app.processapplication.testing.OrderEntries.entryOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.app.processapplication.order.OrderDataEntries;
import io.flowpool.app.processapplication.testing.OrderEntries;
import io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport;
import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.datapool.api.DataEntryDeletedEvent;
import io.flowpool.datapool.model.DataEntryAlreadyDeletedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Engine state and events commit or roll back together: a rolled-back engine transaction leaves no
 * event, and a command the decider refuses rolls the engine transaction back. Deleted data entries
 * refuse every change here ({@code strict}).
 */
@TestPropertySource(properties = "flowpool.datapool.deletion-strategy=strict")
@DirtiesContext
class TransactionBoundaryIT extends ProcessApplicationTestSupport {

  @Autowired OrderDataEntries orderDataEntries;

  @Test
  void rolled_back_engine_transaction_leaves_no_event_and_no_engine_change() {
    long eventsBefore = storedEvents();

    inTransactionThatRollsBack(
        () -> {
          startOrder("tb-1", "Miss Piggy", 120);
          // the model's business code has sent the order's data entry within this transaction
          assertThat(eventsOf(entryOf("tb-1")))
              .containsExactly(OrderEntries.received("tb-1", "Miss Piggy", 120));
        });

    assertThat(storedEvents()).isEqualTo(eventsBefore);
    assertThat(eventsOf(entryOf("tb-1"))).isEmpty();
    assertThat(instancesWithBusinessKey("tb-1")).isZero();
  }

  @Test
  void failure_after_the_hand_over_rolls_the_handed_over_events_back_with_the_engine() {
    long eventsBefore = storedEvents();
    List<Long> eventsAtCommit = new ArrayList<>();

    assertThatThrownBy(
            () ->
                inOneTransaction(
                    () -> {
                      startOrder("tb-2", "Miss Piggy", 120);
                      // registered after the collector's: runs after the hand-over
                      TransactionSynchronizationManager.registerSynchronization(
                          new TransactionSynchronization() {
                            @Override
                            public void beforeCommit(boolean readOnly) {
                              eventsAtCommit.add(storedEvents());
                              throw new IllegalStateException("the commit fails late");
                            }
                          });
                    }))
        .hasMessage("the commit fails late");

    // the instance's start and variables, the order's data entry, the approval task
    assertThat(eventsAtCommit).containsExactly(eventsBefore + 4);
    assertThat(storedEvents()).isEqualTo(eventsBefore);
    assertThat(instancesWithBusinessKey("tb-2")).isZero();
  }

  @Test
  void refused_data_entry_rolls_back_the_completion_sent_in_the_same_transaction() {
    ProcessInstance instance = startOrder("tb-3", "Miss Piggy", 120);
    Task approve = task(instance, "approve-order");
    orderDataEntries.received("tb-3-old", "Miss Piggy", 80);
    orderDataEntries.withdrawn("tb-3-old", "piggy", "ordered twice");
    long eventsBefore = storedEvents();

    assertThatThrownBy(
            () ->
                inOneTransaction(
                    () -> {
                      taskService.complete(approve.getId(), Map.of("approved", true));
                      orderDataEntries.approved("tb-3-old", "Miss Piggy", 80);
                    }))
        .isInstanceOfSatisfying(
            DataEntryAlreadyDeletedException.class,
            refused -> assertThat(refused.reason()).isEqualTo("DATA_ENTRY_DELETED"));

    assertThat(reload(approve)).isNotNull();
    assertThat(task(instance, "ship-order")).isNull();
    assertThat(runtimeService.getVariable(instance.getId(), "approved")).isNull();
    assertThat(storedEvents()).isEqualTo(eventsBefore);
    assertThat(eventsOf(approve.getId()))
        .containsExactly(approveCreated(approve, "tb-3", "Miss Piggy", 120, 50));
  }

  @Test
  void refusal_met_by_the_models_business_code_rolls_the_engine_command_back() {
    ProcessInstance instance = startOrder("tb-4", "Miss Piggy", 120);
    Task approve = task(instance, "approve-order");
    orderDataEntries.withdrawn("tb-4", "piggy", "changed her mind");
    long eventsBefore = storedEvents();

    // completing runs the model's ${orderDataEntries.approved(...)}, which the deleted entry
    // refuses
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of("approved", true)))
        .satisfies(
            failure ->
                assertThat(refusalIn(failure))
                    .hasValueSatisfying(
                        refused -> assertThat(refused.reason()).isEqualTo("DATA_ENTRY_DELETED")));

    assertThat(reload(approve)).isNotNull();
    assertThat(storedEvents()).isEqualTo(eventsBefore);
    assertThat(eventsOf(entryOf("tb-4")))
        .hasSize(2)
        .last()
        .isInstanceOf(DataEntryDeletedEvent.class);
  }

  private long instancesWithBusinessKey(String businessKey) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .count();
  }

  private static Optional<CommandRefusedException> refusalIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CommandRefusedException refused) {
        return Optional.of(refused);
      }
    }
    return Optional.empty();
  }
}
