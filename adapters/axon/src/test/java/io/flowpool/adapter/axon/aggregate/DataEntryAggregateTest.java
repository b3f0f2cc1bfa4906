package io.flowpool.adapter.axon.aggregate;

import static io.flowpool.datapool.testing.DataEntrySamples.AGGREGATE_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.approved;
import static io.flowpool.datapool.testing.DataEntrySamples.createOrUpdate;
import static io.flowpool.datapool.testing.DataEntrySamples.created;
import static io.flowpool.datapool.testing.DataEntrySamples.delete;
import static io.flowpool.datapool.testing.DataEntrySamples.deleted;
import static io.flowpool.datapool.testing.DataEntrySamples.received;
import static io.flowpool.datapool.testing.DataEntrySamples.updated;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.model.DataEntryAlreadyDeletedException;
import io.flowpool.datapool.model.DataEntryDecider;
import io.flowpool.datapool.model.DataEntryNotFoundException;
import io.flowpool.datapool.model.DeletionStrategy;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class DataEntryAggregateTest {

  private static AggregateTestFixture<DataEntryAggregate> fixture(DeletionStrategy strategy) {
    AggregateTestFixture<DataEntryAggregate> fixture =
        new AggregateTestFixture<>(DataEntryAggregate.class);
    fixture.registerCommandTargetResolver(new DomainCommandTargetResolver());
    fixture.registerInjectableResource(new DataEntryDecider(strategy));
    return fixture;
  }

  @Test
  void create_or_update_of_an_unknown_entry_creates_it_under_type_and_id() {
    fixture(DeletionStrategy.LAX)
        .givenNoPriorActivity()
        .when(createOrUpdate(received()))
        .expectEvents(created())
        .expectState(entry -> assertThat(entry).extracting("identity").isEqualTo(AGGREGATE_ID));
  }

  @Test
  void create_or_update_of_an_existing_entry_updates_it() {
    fixture(DeletionStrategy.LAX)
        .given(created())
        .when(createOrUpdate(approved()))
        .expectEvents(updated());
  }

  @Test
  void delete_of_an_unknown_entry_is_refused_and_creates_nothing() {
    fixture(DeletionStrategy.LAX)
        .givenNoPriorActivity()
        .when(delete())
        .expectException(DataEntryNotFoundException.class)
        .expectNoEvents();
  }

  @Test
  void repeated_delete_is_a_no_op_with_the_lax_strategy() {
    fixture(DeletionStrategy.LAX)
        .given(created(), deleted())
        .when(delete())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void update_after_delete_brings_the_entry_back_with_the_lax_strategy() {
    fixture(DeletionStrategy.LAX)
        .given(created(), deleted())
        .when(createOrUpdate(approved()))
        .expectEvents(DataEntryCreatedEvent.of(approved()));
  }

  @Test
  void update_after_delete_is_refused_with_the_strict_strategy() {
    fixture(DeletionStrategy.STRICT)
        .given(created(), deleted())
        .when(createOrUpdate(approved()))
        .expectException(DataEntryAlreadyDeletedException.class);
  }
}
