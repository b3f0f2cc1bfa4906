package io.flowpool.app.processapplication;

import static io.flowpool.app.processapplication.testing.OrderEntries.entryOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.app.processapplication.order.OrderDataEntries;
import io.flowpool.app.processapplication.testing.OrderEntries;
import io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code flowpool.datapool.sender.send-after-commit=true}, business code's data entries are
 * sent only once its transaction has committed, each in a transaction of its own.
 */
@TestPropertySource(properties = "flowpool.datapool.sender.send-after-commit=true")
@DirtiesContext
class DataEntrySenderAfterCommitIT extends ProcessApplicationTestSupport {

  @Autowired OrderDataEntries orderDataEntries;

  @Test
  void entries_are_stored_after_the_business_transaction_committed_in_the_order_sent() {
    inOneTransaction(
        () -> {
          orderDataEntries.received("ac-1", "Fozzie", 300);
          orderDataEntries.amended("ac-1", "Fozzie", 350, "gonzo");
          orderDataEntries.anonymize("ac-1");
          orderDataEntries.withdrawn("ac-1", "gonzo", "ordered twice");
          assertThat(eventsOf(entryOf("ac-1"))).isEmpty();
        });

    assertThat(eventsOf(entryOf("ac-1")))
        .containsExactly(
            OrderEntries.received("ac-1", "Fozzie", 300),
            OrderEntries.amended("ac-1", "Fozzie", 350, "gonzo"),
            OrderEntries.anonymized("ac-1"),
            OrderEntries.withdrawn("ac-1", "gonzo", "ordered twice"));
  }

  @Test
  void entries_of_a_rolled_back_business_transaction_are_never_sent() {
    inTransactionThatRollsBack(() -> orderDataEntries.received("ac-2", "Fozzie", 300));

    assertThat(eventsOf(entryOf("ac-2"))).isEmpty();
  }

  @Test
  void the_order_process_publishes_its_order_once_the_engine_committed() {
    inOneTransaction(
        () -> {
          startOrder("ac-3", "Miss Piggy", 120);
          assertThat(eventsOf(entryOf("ac-3"))).isEmpty();
        });

    assertThat(eventsOf(entryOf("ac-3")))
        .containsExactly(OrderEntries.received("ac-3", "Miss Piggy", 120));
  }

  @Test
  void entry_sent_outside_a_transaction_is_stored_at_once() {
    orderDataEntries.received("ac-4", "Fozzie", 300);

    assertThat(eventsOf(entryOf("ac-4")))
        .containsExactly(OrderEntries.received("ac-4", "Fozzie", 300));
  }
}
