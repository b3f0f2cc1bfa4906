package io.flowpool.adapter.camunda;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the engine client that carries out users' task actions on the engine. */
@ConfigurationProperties(prefix = "flowpool.engine-client")
public class FlowpoolEngineClientProperties {

  /** Whether accepted claims, completions and deferrals are applied to this engine's tasks. */
  private boolean enabled = true;

  /**
   * Refuse an assignee the engine's identity service does not know, as long as it knows at least
   * one user. Camunda itself accepts any user id; applications whose users live elsewhere (SSO)
   * keep no users in the engine and are not affected.
   */
  private boolean checkUsers = true;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isCheckUsers() {
    return checkUsers;
  }

  public void setCheckUsers(boolean checkUsers) {
    this.checkUsers = checkUsers;
  }
}
