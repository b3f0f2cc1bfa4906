package io.flowpool.adapter.rest.task;

import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TaskWithDataEntries;
import java.util.List;

/** One page of tasks, with the total over all pages. */
public record TaskPage(List<TaskJson> items, int page, int size, long total) {

  static TaskPage of(ResultPage<TaskView> result) {
    return new TaskPage(
        result.items().stream().map(TaskJson::of).toList(),
        result.page(),
        result.size(),
        result.total());
  }

  /**
   * @param withDataEntries whether the items carry their data entries
   */
  static TaskPage withDataEntries(ResultPage<TaskWithDataEntries> result, boolean withDataEntries) {
    return new TaskPage(
        result.items().stream()
            .map(item -> TaskJson.of(item.task(), withDataEntries ? item.dataEntries() : null))
            .toList(),
        result.page(),
        result.size(),
        result.total());
  }
}
