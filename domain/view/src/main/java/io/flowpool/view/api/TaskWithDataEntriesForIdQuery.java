package io.flowpool.view.api;

/** {@link TaskForIdQuery} with the correlated data entries the user may see. */
public record TaskWithDataEntriesForIdQuery(String taskId, CurrentUser user) implements TaskQuery {

  public TaskWithDataEntriesForIdQuery {
    QueryLimits.requireText(taskId, "taskId");
    QueryLimits.requireUser(user);
  }
}
