package io.flowpool.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.view.api.CurrentUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtUsersTest {

  JwtUsers standard = new JwtUsers("preferred_username", "groups");

  @Test
  void user_and_groups_come_from_the_configured_claims() {
    CurrentUser user =
        user(standard, Map.of("preferred_username", "alice", "groups", List.of("b", "a")));

    assertThat(user).isEqualTo(CurrentUser.of("alice", "a", "b"));
  }

  @Test
  void groups_may_be_one_string_separated_by_spaces_or_commas() {
    assertThat(user(standard, Map.of("sub", "bob", "groups", "sales, audit  hr")).groups())
        .containsExactly("audit", "hr", "sales");
  }

  @Test
  void a_dotted_claim_name_reaches_into_nested_claims() {
    JwtUsers keycloak = new JwtUsers("upn", "realm_access.roles");

    CurrentUser user =
        user(
            keycloak,
            Map.of("upn", "carol", "realm_access", Map.of("roles", List.of("accounting"))));

    assertThat(user).isEqualTo(CurrentUser.of("carol", "accounting"));
  }

  @Test
  void a_claim_whose_name_holds_dots_is_found_as_it_is() {
    JwtUsers auth0 = new JwtUsers("email", "https://example.com/groups");

    assertThat(
            user(auth0, Map.of("email", "d@x", "https://example.com/groups", List.of("g")))
                .groups())
        .containsExactly("g");
  }

  @Test
  void a_token_that_names_no_user_is_refused() {
    assertThatThrownBy(() -> standard.convert(jwt(Map.of("groups", List.of("a")))))
        .isInstanceOf(BadCredentialsException.class);
  }

  private static CurrentUser user(JwtUsers users, Map<String, Object> claims) {
    return CurrentUsers.of(users.convert(jwt(claims)));
  }

  private static Jwt jwt(Map<String, Object> claims) {
    Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "none");
    claims.forEach(builder::claim);
    return builder.build();
  }
}
