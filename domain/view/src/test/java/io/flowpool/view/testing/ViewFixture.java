package io.flowpool.view.testing;

import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.view.api.ViewEvent;
import io.flowpool.view.usecase.DataEntryQueryService;
import io.flowpool.view.usecase.ProcessQueryService;
import io.flowpool.view.usecase.TaskQueryService;
import io.flowpool.view.usecase.ViewProjectionService;
import io.flowpool.view.usecase.ViewSubscriptionService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The view's use cases wired over one set of stores, with helpers to feed events: {@link #emit}
 * numbers each aggregate's events in order, {@link #project} takes an explicit sequence.
 */
public final class ViewFixture {

  private final ViewProjectionService projection;
  private final TaskQueryService tasks;
  private final DataEntryQueryService dataEntries;
  private final ProcessQueryService processes;
  private final ViewSubscriptionService subscriptions;
  private final Map<String, Long> sequences = new HashMap<>();

  public ViewFixture(ViewStores stores) {
    subscriptions = new ViewSubscriptionService(stores.tasks(), stores.dataEntries());
    projection =
        new ViewProjectionService(
            stores.progress(),
            stores.transactions(),
            subscriptions,
            stores.tasks(),
            stores.dataEntries(),
            stores.processDefinitions(),
            stores.processInstances(),
            stores.processVariables());
    tasks = new TaskQueryService(stores.tasks());
    dataEntries = new DataEntryQueryService(stores.dataEntries());
    processes =
        new ProcessQueryService(
            stores.processDefinitions(), stores.processInstances(), stores.processVariables());
  }

  public TaskQueryService tasks() {
    return tasks;
  }

  public DataEntryQueryService dataEntries() {
    return dataEntries;
  }

  public ProcessQueryService processes() {
    return processes;
  }

  public ViewSubscriptionService subscriptions() {
    return subscriptions;
  }

  /** Projects the events, each with the next sequence number of its aggregate. */
  public ViewFixture emit(Object... events) {
    for (Object event : events) {
      String aggregateId = aggregateIdOf(event);
      long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
      projection.project(new ViewEvent<>(aggregateId, sequence, ViewSamples.NOW, event));
    }
    return this;
  }

  /** Projects one event with an explicit sequence number (for reordering and duplicates). */
  public ViewFixture project(long sequence, Object event) {
    projection.project(new ViewEvent<>(aggregateIdOf(event), sequence, ViewSamples.NOW, event));
    return this;
  }

  /** Projects one envelope as it is. */
  public ViewFixture project(ViewEvent<?> envelope) {
    projection.project(envelope);
    return this;
  }

  /** Projects the envelopes in one transaction, as the message consumer projects a batch. */
  public ViewFixture projectAll(ViewEvent<?>... envelopes) {
    projection.projectAll(List.of(envelopes));
    return this;
  }

  /** The envelope of one event with an explicit sequence number. */
  public static ViewEvent<?> at(long sequence, Object event) {
    return new ViewEvent<>(aggregateIdOf(event), sequence, ViewSamples.NOW, event);
  }

  public static String aggregateIdOf(Object event) {
    if (event instanceof TaskEvent task) {
      return task.taskId();
    }
    if (event instanceof DataEntryEvent entry) {
      return entry.identity().asString();
    }
    if (event instanceof ProcessDefinitionRegisteredEvent definition) {
      return definition.processDefinitionId();
    }
    return ((ProcessInstanceEvent) event).processInstanceId();
  }
}
