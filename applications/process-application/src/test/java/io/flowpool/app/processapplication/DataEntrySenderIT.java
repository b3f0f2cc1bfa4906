package io.flowpool.app.processapplication;

import static io.flowpool.app.processapplication.testing.OrderEntries.entryOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.app.processapplication.order.OrderDataEntries;
import io.flowpool.app.processapplication.testing.OrderEntries;
import io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.DataEntryChange;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.datapool.port.in.SendDataEntryUseCase;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Business code sends data entries through the {@link SendDataEntryUseCase} bean, by default within
 * its transaction: they commit or roll back with it.
 */
class DataEntrySenderIT extends ProcessApplicationTestSupport {

  @Autowired OrderDataEntries orderDataEntries;
  @Autowired SendDataEntryUseCase sender;

  @Test
  void the_order_process_publishes_its_order_at_each_step_within_the_engine_transaction() {
    ProcessInstance instance = startOrder("ds-1", "Miss Piggy", 120);
    assertThat(eventsOf(entryOf("ds-1")))
        .containsExactly(OrderEntries.received("ds-1", "Miss Piggy", 120));

    taskService.complete(task(instance, "approve-order").getId(), Map.of("approved", true));
    taskService.complete(task(instance, "ship-order").getId());

    assertThat(eventsOf(entryOf("ds-1")))
        .containsExactly(
            OrderEntries.received("ds-1", "Miss Piggy", 120),
            OrderEntries.approved("ds-1", "Miss Piggy", 120),
            OrderEntries.shipped("ds-1", "Miss Piggy", 120));
  }

  @Test
  void a_rejected_order_is_published_as_cancelled() {
    ProcessInstance instance = startOrder("ds-2", "Miss Piggy", 120);

    taskService.complete(task(instance, "approve-order").getId(), Map.of("approved", false));

    assertThat(eventsOf(entryOf("ds-2")))
        .containsExactly(
            OrderEntries.received("ds-2", "Miss Piggy", 120),
            OrderEntries.rejected("ds-2", "Miss Piggy", 120));
  }

  @Test
  void entry_created_updated_anonymized_and_deleted_in_one_business_transaction_is_stored() {
    inOneTransaction(
        () -> {
          orderDataEntries.received("ds-3", "Fozzie", 300);
          orderDataEntries.amended("ds-3", "Fozzie", 350, "gonzo");
          orderDataEntries.anonymize("ds-3");
          orderDataEntries.withdrawn("ds-3", "gonzo", "ordered twice");
        });

    assertThat(eventsOf(entryOf("ds-3")))
        .containsExactly(
            OrderEntries.received("ds-3", "Fozzie", 300),
            OrderEntries.amended("ds-3", "Fozzie", 350, "gonzo"),
            OrderEntries.anonymized("ds-3"),
            OrderEntries.withdrawn("ds-3", "gonzo", "ordered twice"));
  }

  @Test
  void entries_of_a_rolled_back_business_transaction_are_not_stored() {
    inTransactionThatRollsBack(
        () -> {
          orderDataEntries.received("ds-4", "Fozzie", 300);
          assertThat(eventsOf(entryOf("ds-4"))).hasSize(1);
        });

    assertThat(eventsOf(entryOf("ds-4"))).isEmpty();
  }

  @Test
  void entry_sent_outside_a_transaction_is_stored_at_once() {
    orderDataEntries.received("ds-5", "Fozzie", 300);

    assertThat(eventsOf(entryOf("ds-5")))
        .containsExactly(OrderEntries.received("ds-5", "Fozzie", 300));
  }

  @Test
  void any_business_code_may_send_entries_of_its_own_types_through_the_port() {
    DataEntryChange invoice =
        new DataEntryChange(
            "invoice",
            "inv-7",
            "Invoice",
            APPLICATION,
            "Invoice inv-7",
            null,
            Payload.of(Map.of("total", 99)),
            Correlations.of("order", "ds-1"),
            ProcessingType.PRELIMINARY.of("Draft"),
            new Modification(NOW, "kermit", "Invoice drafted", null),
            List.of(),
            null);

    sender.createOrUpdate(invoice);

    // a named author who says nothing about authorizations may see what they wrote
    assertThat(eventsOf("invoice#inv-7"))
        .containsExactly(
            new DataEntryCreatedEvent(
                "invoice",
                "inv-7",
                "Invoice",
                APPLICATION,
                "Invoice inv-7",
                null,
                Payload.of(Map.of("total", 99)),
                Correlations.of("order", "ds-1"),
                ProcessingType.PRELIMINARY.of("Draft"),
                new Modification(NOW, "kermit", "Invoice drafted", null),
                List.of(AuthorizationChange.addUser("kermit")),
                null));
  }
}
