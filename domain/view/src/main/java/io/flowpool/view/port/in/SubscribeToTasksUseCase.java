package io.flowpool.view.port.in;

import io.flowpool.view.api.TaskQuery;
import io.flowpool.view.api.TaskUpdate;
import io.flowpool.view.api.TaskWithDataEntries;
import java.util.function.Consumer;

/**
 * Follows a task query live: the current page first, then an update for every committed change that
 * the query's authorization and filters let through, and a removal for every task that stops
 * matching (completed, deleted, reassigned, filtered out). The queries with data entries get them
 * with every update, also when only a correlated entry changed.
 */
public interface SubscribeToTasksUseCase {

  /**
   * @return the subscription; its initial result holds the tasks with their data entries (empty
   *     lists for queries without data entries)
   */
  ViewSubscription<TaskWithDataEntries> subscribe(TaskQuery query, Consumer<TaskUpdate> listener);
}
