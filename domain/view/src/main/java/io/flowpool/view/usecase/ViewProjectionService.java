package io.flowpool.view.usecase;

import io.flowpool.common.api.Values;
import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.model.AggregateRef;
import io.flowpool.view.model.ProjectionProgress;
import io.flowpool.view.model.SequencePlan;
import io.flowpool.view.model.ViewChange;
import io.flowpool.view.port.in.ProjectEventUseCase;
import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import io.flowpool.view.port.out.ProjectionProgressStore;
import io.flowpool.view.port.out.TaskViewStore;
import io.flowpool.view.port.out.ViewTransactions;
import io.flowpool.view.port.out.ViewUpdateListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Projects events through the per-aggregate sequence guard: in one transaction it loads the
 * aggregate's progress, drops a duplicate, holds an early event, or applies the event and every
 * held one that follows it; then saves rows and progress. A batch does the same for each of its
 * events in turn, in one transaction. Committed changes go to the listener, never before.
 */
public class ViewProjectionService implements ProjectEventUseCase {

  private final ProjectionProgressStore progressStore;
  private final ViewTransactions transactions;
  private final ViewUpdateListener listener;
  private final ViewEventApplier applier;

  public ViewProjectionService(
      ProjectionProgressStore progressStore,
      ViewTransactions transactions,
      ViewUpdateListener listener,
      TaskViewStore tasks,
      DataEntryViewStore dataEntries,
      ProcessDefinitionViewStore processDefinitions,
      ProcessInstanceViewStore processInstances,
      ProcessVariableViewStore processVariables) {
    this.progressStore = Values.require(progressStore, "progressStore");
    this.transactions = Values.require(transactions, "transactions");
    this.listener = Values.require(listener, "listener");
    this.applier =
        new ViewEventApplier(
            tasks, dataEntries, processDefinitions, processInstances, processVariables);
  }

  @Override
  public void project(ViewEvent<?> event) {
    projectAll(List.of(Values.require(event, "event")));
  }

  @Override
  public void projectAll(List<ViewEvent<?>> events) {
    Values.require(events, "events");
    if (events.isEmpty()) {
      return;
    }
    // Every envelope is checked before the transaction starts: a bad one projects nothing.
    List<AggregateRef> aggregates = new ArrayList<>(events.size());
    for (ViewEvent<?> event : events) {
      aggregates.add(AggregateRef.of(Values.require(event, "event")));
    }
    List<ViewChange> changes =
        transactions.inTransaction(
            () -> {
              List<ViewChange> all = new ArrayList<>();
              for (int i = 0; i < events.size(); i++) {
                all.addAll(projectGuarded(aggregates.get(i), events.get(i)));
              }
              return all;
            });
    if (!changes.isEmpty()) {
      listener.onChanges(changes);
    }
  }

  private List<ViewChange> projectGuarded(AggregateRef aggregate, ViewEvent<?> event) {
    ProjectionProgress before =
        progressStore.load(aggregate).orElseGet(() -> ProjectionProgress.start(aggregate));
    SequencePlan plan = before.accept(event);
    if (plan.changesNothing(before)) {
      return List.of();
    }
    List<ViewChange> changes = new ArrayList<>();
    for (ViewEvent<?> next : plan.toApply()) {
      changes.addAll(applier.apply(aggregate.kind(), next));
    }
    progressStore.save(plan.progress());
    return changes;
  }
}
