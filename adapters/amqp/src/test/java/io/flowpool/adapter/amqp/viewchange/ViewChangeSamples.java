package io.flowpool.adapter.amqp.viewchange;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.api.ProtocolEntry;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.model.ViewChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** View changes with every field filled, one of each kind. */
final class ViewChangeSamples {

  static final Instant NOW = Instant.parse("2026-03-02T09:15:00.123456Z");
  static final SourceReference SOURCE =
      SourceReference.process("pi-1", "ex-1", "order:3", "order", "Order", "order-application");

  /** More significant digits than a Double holds. */
  static final BigDecimal PRECISE = new BigDecimal("12345678901234567890.123456789");

  private ViewChangeSamples() {}

  static TaskView task(String id, long version) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("amount", 120);
    // fractions arrive as BigDecimal (see ViewChangeCodec), so the samples hold them as such
    payload.put("ratio", new BigDecimal("0.25"));
    payload.put("precise", PRECISE);
    payload.put("large", 12345678901234L);
    payload.put("approved", true);
    payload.put("customer", Map.of("name", "Kermit", "tags", List.of("frog", "vip")));
    payload.put("note", null);
    return new TaskView(
        id,
        SOURCE,
        "approve",
        "forms/approve",
        "order-42",
        Payload.of(payload),
        Correlations.of("order", "42"),
        "kermit",
        Set.of("piggy", "gonzo"),
        Set.of("approvers"),
        NOW,
        "Approve the order",
        NOW.plusSeconds(3600),
        null,
        "Approve",
        "fozzie",
        70,
        version);
  }

  static DataEntryView dataEntry(String id) {
    return new DataEntryView(
        "order",
        id,
        "Order",
        "order-application",
        "Order " + id,
        "an order",
        Payload.of(Map.of("total", new BigDecimal("99.50"))),
        Correlations.none(),
        new DataEntryState(ProcessingType.IN_PROGRESS, "approving"),
        "forms/order",
        Set.of("kermit"),
        Set.of("sales"),
        List.of(
            new ProtocolEntry(
                NOW,
                new DataEntryState(ProcessingType.PRELIMINARY, "new"),
                "kermit",
                "made",
                null)),
        NOW,
        NOW.plusSeconds(5),
        3);
  }

  /** One change of every kind of {@link ViewChange}. */
  static List<ViewChange> everyKind() {
    return List.of(
        new ViewChange.TaskChanged(task("t-1", 4)),
        new ViewChange.TaskRemoved("t-2", 9),
        new ViewChange.DataEntryChanged(dataEntry("42")),
        new ViewChange.DataEntryRemoved(new DataIdentity("order", "43"), 7),
        new ViewChange.ProcessDefinitionChanged(
            new ProcessDefinitionView(
                "order:3",
                "order",
                3,
                "order-application",
                "Order",
                "v3",
                "orders",
                "forms/start",
                true,
                Set.of("kermit"),
                Set.of("sales"))),
        new ViewChange.ProcessInstanceChanged(
            new ProcessInstanceView(
                "pi-1",
                SOURCE,
                ProcessInstanceState.RUNNING,
                "order-42",
                null,
                "start",
                null,
                "kermit",
                null)),
        new ViewChange.ProcessVariableChanged(
            new ProcessVariableView(
                "pi-1",
                "var-1",
                "items",
                List.of(Map.of("sku", "A-1", "count", 2)),
                "act-1",
                2,
                SOURCE)),
        new ViewChange.ProcessVariableRemoved("pi-1", "var-2"));
  }
}
