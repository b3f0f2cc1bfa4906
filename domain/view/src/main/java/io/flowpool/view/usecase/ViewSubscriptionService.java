package io.flowpool.view.usecase;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.common.api.Values;
import io.flowpool.view.api.DataEntryQuery;
import io.flowpool.view.api.DataEntryUpdate;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskQuery;
import io.flowpool.view.api.TaskUpdate;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.model.CompiledDataEntryQuery;
import io.flowpool.view.model.CompiledTaskQuery;
import io.flowpool.view.model.DataEntryQueries;
import io.flowpool.view.model.TaskQueries;
import io.flowpool.view.model.ViewChange;
import io.flowpool.view.port.in.SubscribeToDataEntriesUseCase;
import io.flowpool.view.port.in.SubscribeToTasksUseCase;
import io.flowpool.view.port.in.ViewSubscription;
import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.TaskViewStore;
import io.flowpool.view.port.out.ViewUpdateListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The registry of live subscriptions of this node. The projection hands it every committed change
 * (it is the projection's {@link ViewUpdateListener}); it evaluates each change against every
 * followed query, with the query's authorization and filters, and feeds the results.
 */
public class ViewSubscriptionService
    implements SubscribeToTasksUseCase, SubscribeToDataEntriesUseCase, ViewUpdateListener {

  private final TaskViewStore tasks;
  private final DataEntryViewStore dataEntries;
  private final List<TaskFollower> taskFollowers = new CopyOnWriteArrayList<>();
  private final List<DataEntryFollower> dataEntryFollowers = new CopyOnWriteArrayList<>();

  public ViewSubscriptionService(TaskViewStore tasks, DataEntryViewStore dataEntries) {
    this.tasks = Values.require(tasks, "tasks");
    this.dataEntries = Values.require(dataEntries, "dataEntries");
  }

  @Override
  public ViewSubscription<TaskWithDataEntries> subscribe(
      TaskQuery query, Consumer<TaskUpdate> listener) {
    Values.require(listener, "listener");
    CompiledTaskQuery compiled = TaskQueries.compile(Values.require(query, "query"));
    TaskFollower follower = new TaskFollower(compiled, new LiveFeed<>(listener));
    // registered before the initial result is read, so no change in between is missed
    taskFollowers.add(follower);
    Runnable stop =
        () -> {
          taskFollowers.remove(follower);
          follower.feed().close();
        };
    try {
      ResultPage<TaskWithDataEntries> initial = initialTasks(compiled);
      follower
          .feed()
          .start(
              initial.items().stream()
                  .collect(
                      Collectors.toMap(item -> item.task().id(), item -> item.task().version())));
      return new FollowedQuery<>(initial, stop);
    } catch (RuntimeException e) {
      stop.run();
      throw e;
    }
  }

  @Override
  public ViewSubscription<DataEntryView> subscribe(
      DataEntryQuery query, Consumer<DataEntryUpdate> listener) {
    Values.require(listener, "listener");
    CompiledDataEntryQuery compiled = DataEntryQueries.compile(Values.require(query, "query"));
    DataEntryFollower follower = new DataEntryFollower(compiled, new LiveFeed<>(listener));
    dataEntryFollowers.add(follower);
    Runnable stop =
        () -> {
          dataEntryFollowers.remove(follower);
          follower.feed().close();
        };
    try {
      ResultPage<DataEntryView> initial = dataEntries.find(compiled.selection(), compiled.page());
      follower
          .feed()
          .start(
              initial.items().stream()
                  .collect(
                      Collectors.toMap(
                          entry -> entry.identity().asString(), DataEntryView::version)));
      return new FollowedQuery<>(initial, stop);
    } catch (RuntimeException e) {
      stop.run();
      throw e;
    }
  }

  @Override
  public void onChanges(List<ViewChange> changes) {
    taskFollowers.removeIf(follower -> follower.feed().isClosed());
    dataEntryFollowers.removeIf(follower -> follower.feed().isClosed());
    for (ViewChange change : changes) {
      if (change instanceof ViewChange.TaskChanged changed) {
        onTask(changed.task(), taskFollowers);
      } else if (change instanceof ViewChange.TaskRemoved removed) {
        taskFollowers.forEach(f -> f.onTaskRemoved(removed.taskId(), removed.version()));
      } else if (change instanceof ViewChange.DataEntryChanged changed) {
        dataEntryFollowers.forEach(f -> f.onDataEntry(changed.dataEntry()));
        onCorrelatedTasks(changed.dataEntry().identity());
      } else if (change instanceof ViewChange.DataEntryRemoved removed) {
        dataEntryFollowers.forEach(
            f -> f.onDataEntryRemoved(removed.identity(), removed.version()));
        onCorrelatedTasks(removed.identity());
      }
    }
  }

  /** How many queries are followed now; for monitoring. */
  public int subscriptionCount() {
    return taskFollowers.size() + dataEntryFollowers.size();
  }

  private ResultPage<TaskWithDataEntries> initialTasks(CompiledTaskQuery compiled) {
    if (compiled.withDataEntries()) {
      return tasks.findWithDataEntries(compiled.selection(), compiled.page());
    }
    return tasks
        .find(compiled.selection(), compiled.page())
        .map(task -> new TaskWithDataEntries(task, List.of()));
  }

  private void onTask(TaskView task, List<TaskFollower> followers) {
    if (followers.isEmpty()) {
      return;
    }
    boolean needEntries = followers.stream().anyMatch(TaskFollower::dependsOnDataEntries);
    List<DataEntryView> correlated =
        needEntries && !task.correlations().isEmpty()
            ? dataEntries.loadAll(task.correlations().identities())
            : List.of();
    followers.forEach(follower -> follower.onTask(task, correlated));
  }

  /** A data entry changed: the tasks it is correlated with may match differently now. */
  private void onCorrelatedTasks(DataIdentity identity) {
    List<TaskFollower> dependent =
        taskFollowers.stream().filter(TaskFollower::dependsOnDataEntries).toList();
    if (dependent.isEmpty()) {
      return;
    }
    for (TaskView task : tasks.findCorrelatedWith(identity)) {
      onTask(task, dependent);
    }
  }
}
