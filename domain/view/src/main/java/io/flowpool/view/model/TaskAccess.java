package io.flowpool.view.model;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.Values;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.TaskView;
import java.util.List;

/**
 * Which tasks a query may return, before its filters: the authorization part of a selection.
 *
 * @param user the reader; null only for {@link TaskScope#EVERYONE}
 * @param unassignedOnly only tasks without assignee
 * @param involvementsOnly only tasks with a correlated data entry whose protocol names the user;
 *     with {@link TaskScope#ASSIGNEE}, tasks assigned to the user are returned as well
 * @param applicationName if not null, only the tasks of this application
 * @param taskId if not null, only this task
 */
public record TaskAccess(
    CurrentUser user,
    TaskScope scope,
    boolean unassignedOnly,
    boolean involvementsOnly,
    String applicationName,
    String taskId) {

  public TaskAccess {
    Values.require(scope, "scope");
    if ((user == null) != (scope == TaskScope.EVERYONE)) {
      throw new InvalidValueException("a task access has a user exactly unless it is for everyone");
    }
  }

  public static TaskAccess everyone() {
    return new TaskAccess(null, TaskScope.EVERYONE, false, false, null, null);
  }

  public static TaskAccess ofApplication(String applicationName) {
    return new TaskAccess(null, TaskScope.EVERYONE, false, false, applicationName, null);
  }

  public static TaskAccess forUser(
      CurrentUser user, boolean assignedToMeOnly, boolean involvementsOnly) {
    TaskScope scope = assignedToMeOnly ? TaskScope.ASSIGNEE : TaskScope.USER;
    return new TaskAccess(user, scope, false, involvementsOnly, null, null);
  }

  public static TaskAccess forGroups(CurrentUser user, boolean includeAssigned) {
    return new TaskAccess(user, TaskScope.GROUP, !includeAssigned, false, null, null);
  }

  public static TaskAccess forCandidate(CurrentUser user, boolean includeAssigned) {
    return new TaskAccess(user, TaskScope.CANDIDATE, !includeAssigned, false, null, null);
  }

  public static TaskAccess forTask(String taskId, CurrentUser user) {
    return new TaskAccess(user, TaskScope.USER, false, false, null, taskId);
  }

  /**
   * True if the query may return the task.
   *
   * @param dataEntries the task's correlated data entries that the reader may see ({@link
   *     #maySee(DataEntryView)}); only involvement looks at them
   */
  public boolean admits(TaskView task, List<DataEntryView> dataEntries) {
    if (taskId != null && !taskId.equals(task.id())
        || applicationName != null && !applicationName.equals(task.applicationName())
        || unassignedOnly && task.assignee() != null) {
      return false;
    }
    boolean inScope = inScope(task);
    if (!involvementsOnly) {
      return inScope;
    }
    boolean involved =
        dataEntries.stream()
            .flatMap(entry -> entry.protocol().stream())
            .anyMatch(line -> user.username().equals(line.username()));
    if (scope == TaskScope.ASSIGNEE) {
      return inScope || involved && ViewAuthorization.canSee(user, task);
    }
    return inScope && involved;
  }

  /** True if the reader may see a correlated data entry (everyone may, for administrators). */
  public boolean maySee(DataEntryView entry) {
    return user == null || ViewAuthorization.canSee(user, entry);
  }

  private boolean inScope(TaskView task) {
    switch (scope) {
      case EVERYONE:
        return true;
      case ASSIGNEE:
        return user.username().equals(task.assignee());
      case USER:
        return ViewAuthorization.canSee(user, task);
      case CANDIDATE:
        return ViewAuthorization.isCandidate(user, task);
      default:
        return ViewAuthorization.sharesGroup(user, task.candidateGroups());
    }
  }
}
