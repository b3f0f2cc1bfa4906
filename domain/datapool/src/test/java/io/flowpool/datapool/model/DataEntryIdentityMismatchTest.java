package io.flowpool.datapool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.datapool.testing.DataEntrySamples.AGGREGATE_ID;
import static io.flowpool.datapool.testing.DataEntrySamples.REMOVED_AT;
import static io.flowpool.datapool.testing.DataEntrySamples.created;
import static io.flowpool.datapool.testing.DataEntrySamples.received;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import io.flowpool.common.api.Modification;
import io.flowpool.datapool.api.AnonymizeDataEntryCommand;
import io.flowpool.datapool.api.CreateOrUpdateDataEntryCommand;
import io.flowpool.datapool.api.DataEntryCommand;
import io.flowpool.datapool.api.DeleteDataEntryCommand;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.datapool.testing.DataEntrySamples;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A command routed to another entry's state is a programming error and changes nothing. */
class DataEntryIdentityMismatchTest {

  private final DataEntryDecider decider = new DataEntryDecider(DeletionStrategy.LAX);

  /** Every command kind, addressed to invoice 4712 or to an order with id 4711. */
  static Stream<Named<DataEntryCommand>> commandsForAnotherEntry() {
    Modification modification = Modification.at(REMOVED_AT);
    return Stream.of(
        named(
            "create or update of another id",
            new CreateOrUpdateDataEntryCommand(
                DataEntrySamples.change(
                    "invoice", "4712", ProcessingType.UNDEFINED.of(""), modification, List.of()))),
        named(
            "create or update of another type",
            new CreateOrUpdateDataEntryCommand(
                DataEntrySamples.change(
                    "order", "4711", ProcessingType.UNDEFINED.of(""), modification, List.of()))),
        named("delete", new DeleteDataEntryCommand("invoice", "4712", modification, null)),
        named(
            "anonymize",
            new AnonymizeDataEntryCommand("invoice", "4712", "anonymous", Set.of(), modification)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandsForAnotherEntry")
  void command_for_another_entry_is_refused_as_mismatch(DataEntryCommand command) {
    scenario(decider, AGGREGATE_ID)
        .given(created())
        .when(command)
        .thenRefused("DATA_ENTRY_MISMATCH");
  }

  @Test
  void command_for_another_entry_is_refused_even_before_the_entry_exists() {
    scenario(decider, "invoice#4712")
        .givenNothing()
        .when(DataEntrySamples.createOrUpdate(received()))
        .thenRefused("DATA_ENTRY_MISMATCH");
  }

  @Test
  void refusal_as_mismatch_names_both_entries() {
    DataEntry other = decider.initialState("invoice#4712");

    assertThatThrownBy(() -> decider.decide(DataEntrySamples.createOrUpdate(received()), other))
        .isInstanceOf(DataEntryMismatchException.class)
        .hasMessageContaining("invoice#4711")
        .hasMessageContaining("invoice#4712");
  }
}
