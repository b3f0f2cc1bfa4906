package io.flowpool.adapter.rest.support;

import static io.flowpool.view.testing.ViewSamples.NOW;
import static io.flowpool.view.testing.ViewSamples.task;

import io.flowpool.taskpool.api.process.ProcessInstanceStartedEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import io.flowpool.view.testing.ViewSamples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tasklist the tests look at. Accounting (alice) has three invoice tasks, inv-2 assigned to
 * alice and inv-1 correlated with invoice I-1; sales (bob) has one task; dave is in no group and
 * sees nothing; ada is in the admin group.
 */
public final class TasklistSamples {

  private TasklistSamples() {}

  public static void invoicesAndSales(TestView view) {
    view.emit(
        ViewSamples.dataEntry("invoice", "I-1")
            .name("Invoice I-1")
            .payload("total", 1200)
            .authorizeGroups("accounting")
            .changedBy("alice", "created")
            .created(),
        ViewSamples.dataEntry("invoice", "I-2")
            .name("Invoice I-2")
            .authorizeGroups("sales")
            .changedBy("bob", "created")
            .created(),
        task("inv-1")
            .name("Approve invoice")
            .candidateGroups("accounting")
            .priority(80)
            .dueDate(NOW.plus(Duration.ofDays(1)))
            .payload("amount", 1200)
            .payload("customer", Map.of("name", "Acme"))
            .correlatedWith("invoice", "I-1")
            .created(),
        task("inv-2")
            .name("Check invoice")
            .candidateGroups("accounting")
            .assignee("alice")
            .priority(20)
            .createTime(NOW.plus(Duration.ofMinutes(1)))
            .payload("amount", 300)
            .payload("customer", Map.of("name", "Globex"))
            .created(),
        task("inv-3")
            .name("Pay invoice")
            .candidateGroups("accounting")
            .priority(50)
            .createTime(NOW.plus(Duration.ofMinutes(2)))
            .payload("amount", 5000)
            .payload("customer", Map.of("name", "Acme Corp"))
            .created(),
        task("sal-1")
            .name("Call customer")
            .candidateGroups("sales")
            .priority(60)
            .payload("customer", Map.of("name", "Initech"))
            .created());
  }

  public static void processes(TestView view) {
    view.emit(
        ViewSamples.definition("invoice", 1, true, Set.of(), Set.of("accounting")),
        ViewSamples.definition("board", 1, true, Set.of(), Set.of("board")),
        ViewSamples.definition("internal", 1, false, Set.of(), Set.of("accounting")),
        new ProcessInstanceStartedEvent(
            ViewSamples.source("pi-1", "Invoice", ViewSamples.APPLICATION),
            "B-1",
            "alice",
            null,
            "start"),
        new ProcessVariablesChangedEvent(
            ViewSamples.source("pi-1", "Invoice", ViewSamples.APPLICATION),
            List.of(
                new VariableChange(VariableChangeType.CREATE, "v-1", "amount", 1200, 1, "pi-1"),
                new VariableChange(
                    VariableChangeType.CREATE,
                    "v-2",
                    "customer",
                    Map.of("name", "Acme"),
                    1,
                    "pi-1"))));
  }
}
