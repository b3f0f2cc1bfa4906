package io.flowpool.view.api;

import io.flowpool.common.api.Values;
import java.util.Set;

/** The person a query is answered for: the caller resolves the user and passes it in. */
public record CurrentUser(String username, Set<String> groups) {

  public CurrentUser {
    Values.requireText(username, "username");
    groups = Values.sortedSet(groups, "groups");
  }

  public static CurrentUser of(String username, String... groups) {
    return new CurrentUser(username, Set.of(groups));
  }
}
