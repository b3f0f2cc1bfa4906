package io.flowpool.view.usecase;

import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.TaskUpdate;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.model.CompiledTaskQuery;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskSelection;
import java.util.List;

/** One followed task query: decides for each changed task whether it is shown or taken away. */
final class TaskFollower {

  private final CompiledTaskQuery query;
  private final LiveFeed<TaskUpdate> feed;

  TaskFollower(CompiledTaskQuery query, LiveFeed<TaskUpdate> feed) {
    this.query = query;
    this.feed = feed;
  }

  LiveFeed<TaskUpdate> feed() {
    return feed;
  }

  /** True if whether a task matches, or what an update carries, depends on its data entries. */
  boolean dependsOnDataEntries() {
    TaskSelection selection = query.selection();
    return query.withDataEntries()
        || selection.access().involvementsOnly()
        || selection.filter().needsDataEntries();
  }

  /**
   * @param correlated all existing data entries the task's correlations name
   */
  void onTask(TaskView task, List<DataEntryView> correlated) {
    TaskAccess access = query.selection().access();
    List<DataEntryView> visible = correlated.stream().filter(access::maySee).toList();
    boolean matches =
        access.admits(task, visible) && query.selection().filter().test(task, visible);
    if (matches) {
      List<DataEntryView> carried = query.withDataEntries() ? visible : List.of();
      feed.offer(task.id(), task.version(), new TaskUpdate.Upserted(task, carried), false);
    } else {
      feed.offer(task.id(), task.version(), new TaskUpdate.Removed(task.id()), true);
    }
  }

  void onTaskRemoved(String taskId, long version) {
    feed.offer(taskId, version, new TaskUpdate.Removed(taskId), true);
  }
}
