package io.flowpool.adapter.rest.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The users of basic mode, as {@code flowpool.security.users} lists them. */
final class ConfiguredUsers {

  /** A password that names its encoding, e.g. {@code {bcrypt}$2a$…}. */
  private static final Pattern ENCODED = Pattern.compile("^\\{[A-Za-z0-9_-]*}.*", Pattern.DOTALL);

  private ConfiguredUsers() {}

  static InMemoryUserDetailsManager from(Map<String, FlowpoolSecurityProperties.User> users) {
    List<UserDetails> details = new ArrayList<>();
    users.forEach(
        (name, user) -> {
          if (name.isBlank() || user.getPassword() == null || user.getPassword().isEmpty()) {
            throw new RestSetupException(
                "flowpool.security.users." + name + ".password must be set");
          }
          details.add(
              User.withUsername(name)
                  .password(encoded(user.getPassword()))
                  .authorities(CurrentUsers.authorities(user.getGroups()))
                  .build());
        });
    return new InMemoryUserDetailsManager(details);
  }

  /** Spring's delegating encoder wants an id; a bare password is plain text. */
  static String encoded(String password) {
    return ENCODED.matcher(password).matches() ? password : "{noop}" + password;
  }
}
