package io.flowpool.view.testing;

import static io.flowpool.view.testing.ViewSamples.FOZZIE;
import static io.flowpool.view.testing.ViewSamples.GONZO;
import static io.flowpool.view.testing.ViewSamples.KERMIT;
import static io.flowpool.view.testing.ViewSamples.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ProcessInstanceCancelledEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceFinishedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceResumedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceStartedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceSuspendedEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProcessDefinitionsStartableByUserQuery;
import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ProcessInstancesByStateQuery;
import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.api.ProcessVariablesForInstanceQuery;
import io.flowpool.view.api.ResultPage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Process definitions, instances and variables through a store adapter. Subclass it and provide
 * empty stores.
 */
public abstract class ProcessViewStoreContract {

  protected ViewFixture view;

  /** Fresh, empty stores for each test. */
  protected abstract ViewStores createStores();

  @BeforeEach
  void createView() {
    view = new ViewFixture(createStores());
  }

  @Test
  void a_user_may_start_the_definitions_startable_from_the_tasklist_that_name_the_user_or_group() {
    view.emit(
        definition("order", 1, true, Set.of("kermit"), Set.of()),
        definition("order", 2, true, Set.of(), Set.of("sales")),
        definition("invoice", 1, false, Set.of("kermit"), Set.of("sales")),
        definition("billing", 1, true, Set.of(), Set.of("accounting")));

    assertThat(startableBy(KERMIT)).containsExactly("order:2:1", "order:1:1");
    assertThat(startableBy(GONZO)).containsExactly("billing:1:1");
    assertThat(startableBy(FOZZIE)).isEmpty();
  }

  @Test
  void a_registered_definition_registered_again_is_replaced() {
    view.emit(
        definition("order", 1, true, Set.of("kermit"), Set.of()),
        definition("order", 1, true, Set.of("fozzie"), Set.of()));

    assertThat(startableBy(KERMIT)).isEmpty();
    assertThat(startableBy(FOZZIE)).containsExactly("order:1:1");
  }

  @Test
  void instances_are_found_by_their_state() {
    view.emit(
        started("p1"),
        started("p2"),
        new ProcessInstanceSuspendedEvent(source("p2")),
        started("p3"),
        new ProcessInstanceFinishedEvent(source("p3"), null, null, "end"),
        new ProcessInstanceCancelledEvent(source("p4"), "B-4", null, "task", "no longer needed"),
        started("p5"),
        new ProcessInstanceSuspendedEvent(source("p5")),
        new ProcessInstanceResumedEvent(source("p5")));

    assertThat(ids(byStates(Set.of(ProcessInstanceState.RUNNING), 0, 10)))
        .containsExactly("p1", "p5");
    assertThat(
            ids(
                byStates(
                    Set.of(ProcessInstanceState.SUSPENDED, ProcessInstanceState.FINISHED), 0, 10)))
        .containsExactly("p2", "p3");
    ResultPage<ProcessInstanceView> cancelled =
        byStates(Set.of(ProcessInstanceState.CANCELLED), 0, 10);
    assertThat(cancelled.items())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.deleteReason()).isEqualTo("no longer needed");
              assertThat(p.businessKey()).isEqualTo("B-4");
            });
  }

  @Test
  void an_ended_instance_keeps_how_it_started() {
    view.emit(started("p1"), new ProcessInstanceFinishedEvent(source("p1"), null, null, "end"));

    assertThat(byStates(Set.of(ProcessInstanceState.FINISHED), 0, 10).items())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.startUserId()).isEqualTo("kermit");
              assertThat(p.businessKey()).isEqualTo("B-p1");
              assertThat(p.endActivityId()).isEqualTo("end");
            });
  }

  @Test
  void instances_are_paged_by_id_with_the_total() {
    view.emit(started("p1"), started("p2"), started("p3"));

    ResultPage<ProcessInstanceView> page = byStates(Set.of(ProcessInstanceState.RUNNING), 1, 2);

    assertThat(ids(page)).containsExactly("p3");
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void variables_keep_their_last_value_and_deleted_ones_disappear() {
    view.emit(
        started("p1"),
        variables(
            "p1",
            change(VariableChangeType.CREATE, "v1", "amount", 100, 0),
            change(VariableChangeType.CREATE, "v2", "customer", Map.of("name", "Acme"), 0)),
        variables("p1", change(VariableChangeType.UPDATE, "v1", "amount", 200, 1)),
        variables("p1", change(VariableChangeType.DELETE, "v2", "customer", null, 2)));

    assertThat(variablesOf("p1", Set.of()))
        .extracting(
            ProcessVariableView::name, ProcessVariableView::value, ProcessVariableView::revision)
        .containsExactly(tuple("amount", 200, 1));
  }

  @Test
  void variables_can_be_asked_for_by_name() {
    view.emit(
        variables(
            "p1",
            change(VariableChangeType.CREATE, "v1", "amount", 100, 0),
            change(VariableChangeType.CREATE, "v2", "customer", "Acme", 0),
            change(VariableChangeType.CREATE, "v3", "approved", true, 0)));

    assertThat(variablesOf("p1", Set.of("customer", "approved")))
        .extracting(ProcessVariableView::name)
        .containsExactly("approved", "customer");
    assertThat(variablesOf("p2", Set.of())).isEmpty();
  }

  @Test
  void variables_that_arrive_before_the_start_are_kept() {
    view.emit(variables("p1", change(VariableChangeType.CREATE, "v1", "amount", 100, 0)));
    view.emit(started("p1"));

    assertThat(variablesOf("p1", Set.of()))
        .extracting(ProcessVariableView::name)
        .containsExactly("amount");
    assertThat(ids(byStates(Set.of(ProcessInstanceState.RUNNING), 0, 10))).containsExactly("p1");
  }

  protected static SourceReference source(String instanceId) {
    return ViewSamples.source(instanceId, "Order process", ViewSamples.APPLICATION);
  }

  protected static ProcessInstanceStartedEvent started(String instanceId) {
    return new ProcessInstanceStartedEvent(
        source(instanceId), "B-" + instanceId, "kermit", null, "start");
  }

  protected static ProcessVariablesChangedEvent variables(
      String instanceId, VariableChange... changes) {
    return new ProcessVariablesChangedEvent(source(instanceId), List.of(changes));
  }

  protected static VariableChange change(
      VariableChangeType type, String id, String name, Object value, int revision) {
    return new VariableChange(type, id, name, value, revision, "scope-1");
  }

  protected List<String> startableBy(CurrentUser user) {
    return view
        .processes()
        .processDefinitionsStartableByUser(new ProcessDefinitionsStartableByUserQuery(user))
        .stream()
        .map(ProcessDefinitionView::processDefinitionId)
        .toList();
  }

  protected ResultPage<ProcessInstanceView> byStates(
      Set<ProcessInstanceState> states, int page, int size) {
    return view.processes()
        .processInstancesByState(new ProcessInstancesByStateQuery(states, page, size));
  }

  protected List<ProcessVariableView> variablesOf(String instanceId, Set<String> names) {
    return view.processes()
        .processVariablesForInstance(new ProcessVariablesForInstanceQuery(instanceId, names));
  }

  protected static List<String> ids(ResultPage<ProcessInstanceView> page) {
    return page.items().stream().map(ProcessInstanceView::processInstanceId).toList();
  }
}
