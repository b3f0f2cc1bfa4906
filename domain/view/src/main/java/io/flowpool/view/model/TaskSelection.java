package io.flowpool.view.model;

import io.flowpool.common.api.Values;

/** What a task query asks a store for: whose tasks, which of them, in which order. */
public record TaskSelection(TaskAccess access, TaskFilter filter, SortOrder sort) {

  public TaskSelection {
    Values.require(access, "access");
    Values.require(filter, "filter");
    Values.require(sort, "sort");
  }
}
