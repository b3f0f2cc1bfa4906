package io.flowpool.view.model;

import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.TaskView;
import java.util.Set;

/** Who may see what: the predicate every user query applies. */
public final class ViewAuthorization {

  private ViewAuthorization() {}

  /** The user is the assignee, a candidate user, or in a candidate group. */
  public static boolean canSee(CurrentUser user, TaskView task) {
    return user.username().equals(task.assignee()) || isCandidate(user, task);
  }

  /** The user is a candidate user or in a candidate group. */
  public static boolean isCandidate(CurrentUser user, TaskView task) {
    return task.candidateUsers().contains(user.username())
        || sharesGroup(user, task.candidateGroups());
  }

  /** The user, or one of the user's groups, is authorized for the entry. */
  public static boolean canSee(CurrentUser user, DataEntryView entry) {
    return entry.authorizedUsers().contains(user.username())
        || sharesGroup(user, entry.authorizedGroups());
  }

  /** The definition is startable from the tasklist and the user or a group is a starter. */
  public static boolean canStart(CurrentUser user, ProcessDefinitionView definition) {
    return definition.startableFromTasklist()
        && (definition.candidateStarterUsers().contains(user.username())
            || sharesGroup(user, definition.candidateStarterGroups()));
  }

  public static boolean sharesGroup(CurrentUser user, Set<String> groups) {
    return user.groups().stream().anyMatch(groups::contains);
  }
}
