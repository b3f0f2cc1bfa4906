package io.flowpool.view.api;

/** One task, if it exists and the user may see it; both cases answer "not found" alike. */
public record TaskForIdQuery(String taskId, CurrentUser user) implements TaskQuery {

  public TaskForIdQuery {
    QueryLimits.requireText(taskId, "taskId");
    QueryLimits.requireUser(user);
  }
}
