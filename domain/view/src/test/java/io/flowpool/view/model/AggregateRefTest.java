package io.flowpool.view.model;

import static io.flowpool.view.testing.ViewSamples.NOW;
import static io.flowpool.view.testing.ViewSamples.assigned;
import static io.flowpool.view.testing.ViewSamples.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.view.api.ViewEvent;
import org.junit.jupiter.api.Test;

class AggregateRefTest {

  @Test
  void tasks_and_data_entries_are_guarded_under_their_own_ids() {
    assertThat(AggregateRef.of(new ViewEvent<>("t1", 0, NOW, assigned("t1", "kermit"))))
        .isEqualTo(new AggregateRef(AggregateKind.TASK, "t1"));
    assertThat(AggregateRef.of(new ViewEvent<>("order#o1", 0, NOW, order("o1").deleted())))
        .isEqualTo(new AggregateRef(AggregateKind.DATA_ENTRY, "order#o1"));
  }

  @Test
  void an_envelope_that_names_another_aggregate_is_refused() {
    assertThatThrownBy(
            () -> AggregateRef.of(new ViewEvent<>("t2", 0, NOW, assigned("t1", "kermit"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("t2");
  }

  @Test
  void an_event_the_view_does_not_project_is_refused() {
    assertThatThrownBy(() -> AggregateRef.of(new ViewEvent<>("x", 0, NOW, "not an event")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void a_negative_sequence_number_is_refused() {
    assertThatThrownBy(() -> new ViewEvent<>("t1", -1, NOW, assigned("t1", "kermit")))
        .isInstanceOf(InvalidValueException.class);
  }
}
