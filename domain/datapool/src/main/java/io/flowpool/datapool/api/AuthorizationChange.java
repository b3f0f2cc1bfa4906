package io.flowpool.datapool.api;

import io.flowpool.common.api.Authorization;
import io.flowpool.common.api.Values;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Grants or revokes access to a data entry for users and groups. */
public record AuthorizationChange(
    AuthorizationChangeType type, Set<String> users, Set<String> groups) {

  public AuthorizationChange {
    Values.require(type, "authorizationChange.type");
    users = Values.sortedSet(users, "users");
    groups = Values.sortedSet(groups, "groups");
  }

  public static AuthorizationChange addUser(String user) {
    return new AuthorizationChange(AuthorizationChangeType.ADD, Set.of(user), Set.of());
  }

  public static AuthorizationChange removeUser(String user) {
    return new AuthorizationChange(AuthorizationChangeType.REMOVE, Set.of(user), Set.of());
  }

  public static AuthorizationChange addGroup(String group) {
    return new AuthorizationChange(AuthorizationChangeType.ADD, Set.of(), Set.of(group));
  }

  public static AuthorizationChange removeGroup(String group) {
    return new AuthorizationChange(AuthorizationChangeType.REMOVE, Set.of(), Set.of(group));
  }

  /** Applies the changes in order to an authorization: set arithmetic, add then remove. */
  public static Authorization apply(
      Authorization current, Collection<AuthorizationChange> changes) {
    Set<String> users = new TreeSet<>(current.users());
    Set<String> groups = new TreeSet<>(current.groups());
    for (AuthorizationChange change : List.copyOf(changes)) {
      if (change.type() == AuthorizationChangeType.ADD) {
        users.addAll(change.users());
        groups.addAll(change.groups());
      } else {
        users.removeAll(change.users());
        groups.removeAll(change.groups());
      }
    }
    return new Authorization(users, groups);
  }
}
