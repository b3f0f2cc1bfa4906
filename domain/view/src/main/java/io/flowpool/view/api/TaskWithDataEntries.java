package io.flowpool.view.api;

import io.flowpool.common.api.Values;
import java.util.List;

/** A task with the correlated data entries the reader may see. */
public record TaskWithDataEntries(TaskView task, List<DataEntryView> dataEntries) {

  public TaskWithDataEntries {
    Values.require(task, "task");
    dataEntries = dataEntries == null ? List.of() : List.copyOf(dataEntries);
  }
}
