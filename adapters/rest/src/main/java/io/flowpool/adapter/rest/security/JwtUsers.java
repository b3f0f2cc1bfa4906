package io.flowpool.adapter.rest.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the user name and the groups from the configured claims of a verified JWT. */
final class JwtUsers implements Converter<Jwt, AbstractAuthenticationToken> {

  private final String usernameClaim;
  private final String groupsClaim;

  JwtUsers(String usernameClaim, String groupsClaim) {
    this.usernameClaim = usernameClaim;
    this.groupsClaim = groupsClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Object name = claim(jwt.getClaims(), usernameClaim);
    String username = name instanceof String text && !text.isBlank() ? text : jwt.getSubject();
    if (username == null || username.isBlank()) {
      throw new BadCredentialsException(
          "the token names no user: neither '" + usernameClaim + "' nor 'sub' is set");
    }
    return new JwtAuthenticationToken(
        jwt, CurrentUsers.authorities(groups(claim(jwt.getClaims(), groupsClaim))), username);
  }

  /** The claim of that name, or else the value at that dotted path through nested claims. */
  private static Object claim(Map<String, Object> claims, String name) {
    if (claims.containsKey(name)) {
      return claims.get(name);
    }
    Object current = claims;
    for (String segment : name.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(segment);
    }
    return current;
  }

  private static Set<String> groups(Object claim) {
    Set<String> groups = new LinkedHashSet<>();
    if (claim instanceof Collection<?> values) {
      values.stream()
          .filter(value -> value != null && !value.toString().isBlank())
          .forEach(value -> groups.add(value.toString().strip()));
    } else if (claim instanceof String text) {
      for (String group : text.split("[\\s,]+")) {
        if (!group.isBlank()) {
          groups.add(group);
        }
      }
    }
    return groups;
  }
}
