package io.flowpool.adapter.rest.security;

import io.flowpool.view.api.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Groups travel as authorities named {@code GROUP_<group>}, whichever way the caller authenticated;
 * this is where they are written and read back into a {@link CurrentUser}.
 */
public final class CurrentUsers {

  public static final String GROUP_PREFIX = "GROUP_";

  private CurrentUsers() {}

  /** The authority that stands for membership in the group. */
  public static String authority(String group) {
    return GROUP_PREFIX + group;
  }

  public static List<GrantedAuthority> authorities(Collection<String> groups) {
    return groups.stream()
        .map(group -> (GrantedAuthority) new SimpleGrantedAuthority(authority(group)))
        .toList();
  }

  /** The user the authentication names, with the groups among its authorities. */
  public static CurrentUser of(Authentication authentication) {
    Set<String> groups =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority != null && authority.startsWith(GROUP_PREFIX))
            .map(authority -> authority.substring(GROUP_PREFIX.length()))
            .filter(group -> !group.isBlank())
            .collect(Collectors.toSet());
    return new CurrentUser(authentication.getName(), groups);
  }
}
