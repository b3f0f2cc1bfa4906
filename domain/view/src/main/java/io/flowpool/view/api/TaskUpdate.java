package io.flowpool.view.api;

import io.flowpool.common.api.Values;
import java.util.List;

/** A change of a followed task query's answer: a task to show (again) or to take away. */
public sealed interface TaskUpdate {

  String taskId();

  /**
   * The task matches the query, now with this content.
   *
   * @param dataEntries the correlated entries the user may see, for the queries with data entries
   */
  record Upserted(TaskView task, List<DataEntryView> dataEntries) implements TaskUpdate {

    public Upserted {
      Values.require(task, "task");
      dataEntries = dataEntries == null ? List.of() : List.copyOf(dataEntries);
    }

    @Override
    public String taskId() {
      return task.id();
    }
  }

  /** The task no longer matches: completed, deleted, or changed so that the query excludes it. */
  record Removed(String taskId) implements TaskUpdate {

    public Removed {
      Values.requireText(taskId, "taskId");
    }
  }
}
