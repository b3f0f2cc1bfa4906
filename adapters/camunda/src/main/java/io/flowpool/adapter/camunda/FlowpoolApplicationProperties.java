package io.flowpool.adapter.camunda;

import io.flowpool.adapter.camunda.collector.CollectorSetupException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;

/** Who this process application is for the rest of Flowpool. */
@ConfigurationProperties(prefix = "flowpool")
public class FlowpoolApplicationProperties {

  /**
   * The name that addresses this process application: it is the applicationName of every task,
   * instance and definition it reports, and user actions on them are routed back to it. Defaults to
   * spring.application.name.
   */
  private String applicationName;

  public String getApplicationName() {
    return applicationName;
  }

  public void setApplicationName(String applicationName) {
    this.applicationName = applicationName;
  }

  /** The configured name, else spring.application.name; one of them must be set. */
  public String resolveApplicationName(Environment environment) {
    String name = applicationName;
    if (name == null || name.isBlank()) {
      name = environment.getProperty("spring.application.name");
    }
    if (name == null || name.isBlank()) {
      throw new CollectorSetupException(
          "Flowpool addresses this process application by its name: set"
              + " flowpool.application-name or spring.application.name.");
    }
    return name;
  }
}
