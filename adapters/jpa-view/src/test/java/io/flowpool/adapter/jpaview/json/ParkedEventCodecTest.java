package io.flowpool.adapter.jpaview.json;

import static io.flowpool.view.testing.ViewSamples.NOW;
import static io.flowpool.view.testing.ViewSamples.order;
import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.testing.ViewSamples;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParkedEventCodecTest {

  private final ParkedEventCodec codec = new ParkedEventCodec();

  @Test
  void every_kind_of_projected_event_comes_back_equal() {
    List<ViewEvent<?>> events =
        List.of(
            envelope(
                "t1",
                task("t1")
                    .candidateGroups("sales")
                    .dueDate(NOW.plus(Duration.ofDays(1)))
                    .payload("amount", new BigDecimal("2500.5"))
                    .payload("customer", Map.of("name", "Acme", "tags", List.of("a", "b")))
                    .correlatedWith("order", "o1")
                    .created()),
            envelope("t1", ViewSamples.claimed("t1", "kermit")),
            envelope(
                "order#o1", order("o1").authorizeGroups("sales").changedBy("piggy", "x").created()),
            envelope("order#o1", order("o1").anonymized("anonymous", "gonzo")),
            envelope(
                "order-process:1:1",
                ViewSamples.definition("order", 1, true, Set.of("kermit"), Set.of("sales"))),
            envelope(
                "p1",
                new ProcessVariablesChangedEvent(
                    ViewSamples.source("p1", "Order process", ViewSamples.APPLICATION),
                    List.of(
                        new VariableChange(
                            VariableChangeType.CREATE, "v1", "amount", 100, 0, "scope")))));

    assertThat(codec.read(codec.write(events))).isEqualTo(events);
  }

  @Test
  void a_class_that_is_no_projected_event_is_refused() {
    String json =
        "[{\"aggregateId\":\"t1\",\"sequenceNumber\":1,\"timestamp\":\"2026-03-02T09:15:00Z\","
            + "\"type\":\"java.util.ArrayList\",\"event\":{}}]";

    assertThatThrownBy(() -> codec.read(json)).hasMessageContaining("not a projected event");
  }

  private static ViewEvent<?> envelope(String aggregateId, Object event) {
    return new ViewEvent<>(aggregateId, 3, NOW, event);
  }
}
