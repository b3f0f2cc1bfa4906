package io.flowpool.app.tasklist;

import io.flowpool.adapter.rest.security.FlowpoolSecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;

/** Says loudly that the demo profile's users and passwords are for trying Flowpool out only. */
@Profile("demo")
class DemoUsersWarning {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsersWarning.class);

  private final FlowpoolSecurityProperties security;

  DemoUsersWarning(FlowpoolSecurityProperties security) {
    this.security = security;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warn() {
    LOG.warn(
        """

        ************************************************************************************
        *  DEMO USERS ARE ACTIVE (profile 'demo'): {}
        *  Each has their name as password, and where an engine runs, its admin is
        *  'admin'/'admin'. Anyone can log in. Never run this profile in production:
        *  start with --spring.profiles.active=<yours> and configure real users or JWT.
        ************************************************************************************""",
        security.getUsers().keySet());
  }
}
