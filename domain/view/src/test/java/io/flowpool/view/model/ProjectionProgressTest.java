package io.flowpool.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.view.api.ViewEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ProjectionProgressTest {

  private static final AggregateRef TASK = new AggregateRef(AggregateKind.TASK, "t1");

  @Test
  void the_first_event_is_applied_at_once() {
    SequencePlan plan = ProjectionProgress.start(TASK).accept(event(0));

    assertThat(sequences(plan.toApply())).containsExactly(0L);
    assertThat(plan.progress().lastSequence()).isZero();
  }

  @Test
  void an_event_at_or_below_the_last_applied_one_is_a_duplicate() {
    ProjectionProgress progress = new ProjectionProgress(TASK, 3, List.of());

    for (long sequence = 0; sequence <= 3; sequence++) {
      SequencePlan plan = progress.accept(event(sequence));
      assertThat(plan.toApply()).isEmpty();
      assertThat(plan.changesNothing(progress)).isTrue();
    }
  }

  @Test
  void an_early_event_is_held_and_applied_when_the_gap_closes() {
    ProjectionProgress progress = ProjectionProgress.start(TASK);
    progress = progress.accept(event(2)).progress();
    progress = progress.accept(event(4)).progress();
    assertThat(sequences(progress.parked())).containsExactly(2L, 4L);

    SequencePlan plan = progress.accept(event(0)).progress().accept(event(1));

    assertThat(sequences(plan.toApply())).containsExactly(1L, 2L);
    assertThat(plan.progress().lastSequence()).isEqualTo(2);
    assertThat(sequences(plan.progress().parked())).containsExactly(4L);
  }

  @Test
  void a_held_event_delivered_again_is_a_duplicate() {
    ProjectionProgress progress = ProjectionProgress.start(TASK).accept(event(1)).progress();

    SequencePlan plan = progress.accept(event(1));

    assertThat(plan.changesNothing(progress)).isTrue();
  }

  @Test
  void any_order_and_any_duplicates_apply_every_event_exactly_once_in_sequence() {
    Random random = new Random(11L);
    for (int round = 0; round < 300; round++) {
      int count = 1 + random.nextInt(12);
      List<ViewEvent<?>> deliveries = new ArrayList<>();
      LongStream.range(0, count).forEach(s -> deliveries.add(event(s)));
      for (int duplicates = random.nextInt(6); duplicates > 0; duplicates--) {
        deliveries.add(event(random.nextInt(count)));
      }
      Collections.shuffle(deliveries, random);

      ProjectionProgress progress = ProjectionProgress.start(TASK);
      List<Long> applied = new ArrayList<>();
      for (ViewEvent<?> delivery : deliveries) {
        SequencePlan plan = progress.accept(delivery);
        applied.addAll(sequences(plan.toApply()));
        progress = plan.progress();
      }

      assertThat(applied)
          .as("deliveries %s", sequences(deliveries))
          .isEqualTo(LongStream.range(0, count).boxed().toList());
      assertThat(progress.parked()).isEmpty();
    }
  }

  private static ViewEvent<?> event(long sequence) {
    return new ViewEvent<>(
        "t1", sequence, Instant.EPOCH, new TaskAssignedEvent("t1", "user-" + sequence));
  }

  private static List<Long> sequences(List<ViewEvent<?>> events) {
    return events.stream().map(ViewEvent::sequenceNumber).toList();
  }
}
