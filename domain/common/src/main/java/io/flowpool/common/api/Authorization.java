package io.flowpool.common.api;

import java.util.Set;

/** The users and groups that may see or act on something. Sorted, unmodifiable sets. */
public record Authorization(Set<String> users, Set<String> groups) {

  private static final Authorization NOBODY = new Authorization(Set.of(), Set.of());

  public Authorization {
    users = Values.sortedSet(users, "users");
    groups = Values.sortedSet(groups, "groups");
  }

  public static Authorization nobody() {
    return NOBODY;
  }

  /** True if the user is named, or is a member of a named group. */
  public boolean admits(String user, Set<String> userGroups) {
    return users.contains(user) || userGroups.stream().anyMatch(groups::contains);
  }
}
