package io.flowpool.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredUsersTest {

  @Test
  void passwords_without_an_encoding_id_are_plain_text() {
    assertThat(ConfiguredUsers.encoded("secret")).isEqualTo("{noop}secret");
    assertThat(ConfiguredUsers.encoded("{bcrypt}$2a$04$x")).isEqualTo("{bcrypt}$2a$04$x");
    assertThat(ConfiguredUsers.encoded("{noop}{curly}")).isEqualTo("{noop}{curly}");
  }

  @Test
  void a_user_without_password_stops_the_start_with_a_clear_message() {
    FlowpoolSecurityProperties.User user = new FlowpoolSecurityProperties.User();
    user.setGroups(List.of("sales"));

    assertThatThrownBy(() -> ConfiguredUsers.from(Map.of("erin", user)))
        .isInstanceOf(RestSetupException.class)
        .hasMessageContaining("flowpool.security.users.erin.password");
  }

  @Test
  void users_get_their_groups_as_group_authorities() {
    FlowpoolSecurityProperties.User user = new FlowpoolSecurityProperties.User();
    user.setPassword("pw");
    user.setGroups(List.of("sales", "hr"));

    assertThat(
            ConfiguredUsers.from(Map.of("erin", user)).loadUserByUsername("erin").getAuthorities())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("GROUP_sales", "GROUP_hr");
  }
}
