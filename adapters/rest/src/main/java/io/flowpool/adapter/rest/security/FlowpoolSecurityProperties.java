package io.flowpool.adapter.rest.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Who may call the tasklist API, and how callers prove who they are. */
@ConfigurationProperties(prefix = "flowpool.security")
public class FlowpoolSecurityProperties {

  /** How callers authenticate. */
  public enum Mode {
    /** HTTP Basic against the users configured under {@code flowpool.security.users}. */
    BASIC,
    /** Bearer JWTs checked by an OAuth2 resource server ({@code spring.security.oauth2.*}). */
    JWT
  }

  /**
   * Whether this adapter sets up Spring Security (a filter chain for every request). Switch off to
   * provide an own {@code SecurityFilterChain}; groups must then be authorities prefixed {@code
   * GROUP_}.
   */
  private boolean enabled = true;

  private Mode mode = Mode.BASIC;

  /** Basic mode: the users by name. */
  private final Map<String, User> users = new LinkedHashMap<>();

  private final Jwt jwt = new Jwt();

  /** The group whose members may read process instances and their variables. */
  private String adminGroup = "admin";

  /** Further paths (Ant patterns) anyone may request, e.g. another web UI of the application. */
  private List<String> publicPaths = new ArrayList<>();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Mode getMode() {
    return mode;
  }

  public void setMode(Mode mode) {
    this.mode = mode;
  }

  public Map<String, User> getUsers() {
    return users;
  }

  public Jwt getJwt() {
    return jwt;
  }

  public String getAdminGroup() {
    return adminGroup;
  }

  public void setAdminGroup(String adminGroup) {
    this.adminGroup = adminGroup;
  }

  public List<String> getPublicPaths() {
    return publicPaths;
  }

  public void setPublicPaths(List<String> publicPaths) {
    this.publicPaths = publicPaths;
  }

  /** One configured user. */
  public static class User {

    /**
     * The password; {@code {bcrypt}…}, {@code {noop}…} and the other ids of Spring's delegating
     * password encoder are understood, a password without an id is taken as plain text.
     */
    private String password;

    /** The groups the user belongs to. */
    private List<String> groups = new ArrayList<>();

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public List<String> getGroups() {
      return groups;
    }

    public void setGroups(List<String> groups) {
      this.groups = groups;
    }
  }

  /** Where a JWT names the user and the user's groups. */
  public static class Jwt {

    /** The claim holding the user name; the subject ({@code sub}) if it is missing. */
    private String usernameClaim = "preferred_username";

    /**
     * The claim holding the groups: a list of strings, or one string separated by spaces or commas.
     * A dotted name ({@code realm_access.roles}) reaches into nested claims.
     */
    private String groupsClaim = "groups";

    public String getUsernameClaim() {
      return usernameClaim;
    }

    public void setUsernameClaim(String usernameClaim) {
      this.usernameClaim = usernameClaim;
    }

    public String getGroupsClaim() {
      return groupsClaim;
    }

    public void setGroupsClaim(String groupsClaim) {
      this.groupsClaim = groupsClaim;
    }
  }
}
