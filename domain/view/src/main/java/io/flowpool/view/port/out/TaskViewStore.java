package io.flowpool.view.port.out;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.ApplicationTaskCount;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskSelection;
import java.util.List;
import java.util.Optional;

/** The task rows: written by the projection, read by queries and subscriptions. */
public interface TaskViewStore {

  Optional<TaskView> load(String taskId);

  /** Inserts or replaces the row of {@code task.id()}. */
  void save(TaskView task);

  /** Deletes the row, if there is one. */
  void delete(String taskId);

  /**
   * The page of the tasks the selection admits ({@link TaskAccess#admits}) and its filter accepts,
   * in its sort order; the total counts all of them. Correlated data entries take part only where
   * the selection needs them (involvement), always limited to those the reader may see.
   */
  ResultPage<TaskView> find(TaskSelection selection, PageRequest page);

  /**
   * As {@link #find}, each task with its correlated data entries that the reader may see, in one
   * round trip (no query per task), ordered by entry type and id; {@code data.} filters and the
   * entries' payload take part.
   */
  ResultPage<TaskWithDataEntries> findWithDataEntries(TaskSelection selection, PageRequest page);

  /** The number of tasks per application that has any, by application name. */
  List<ApplicationTaskCount> countByApplication();

  /** The distinct leaf paths of the payloads of the tasks the access admits, sorted. */
  List<String> payloadPaths(TaskAccess access);

  /**
   * Up to {@code limit} distinct non-null values at a payload path over the tasks the access
   * admits, in {@code ViewOrdering.compareValues} order.
   */
  List<Object> payloadValues(TaskAccess access, PayloadPath path, int limit);

  /** Every task whose correlations name this data entry, in any order. */
  List<TaskView> findCorrelatedWith(DataIdentity identity);
}
