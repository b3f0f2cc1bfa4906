package io.flowpool.adapter.jpaview.entity;

import io.flowpool.view.api.CurrentUser;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The principal names of a row's {@code principals} column and of a reader: {@code user:<id>},
 * {@code group:<id>} and, for tasks, {@code assignee:<id>}. A row is visible if the two sets
 * overlap, which PostgreSQL answers from one GIN index however many groups the reader has.
 */
public final class Principals {

  private static final String USER = "user:";
  private static final String GROUP = "group:";
  private static final String ASSIGNEE = "assignee:";

  private Principals() {}

  /** A row's principals: its authorized users and groups, and its assignee if it has one. */
  public static String[] of(Collection<String> users, Collection<String> groups, String assignee) {
    Set<String> principals = new LinkedHashSet<>();
    users.forEach(user -> principals.add(USER + user));
    groups.forEach(group -> principals.add(GROUP + group));
    if (assignee != null) {
      principals.add(ASSIGNEE + assignee);
    }
    return principals.toArray(String[]::new);
  }

  /** What a reader matches: as assignee (if asked), as user, and through every group. */
  public static Set<String> ofReader(CurrentUser user, boolean asAssignee, boolean asUser) {
    Set<String> principals = new LinkedHashSet<>();
    if (asAssignee) {
      principals.add(ASSIGNEE + user.username());
    }
    if (asUser) {
      principals.add(USER + user.username());
    }
    user.groups().forEach(group -> principals.add(GROUP + group));
    return principals;
  }
}
