package io.flowpool.app.singlenode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says loudly that the demo profile's users and passwords are for trying Flowpool out only. */
@Component
@Profile("demo")
class DemoUsersWarning {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsersWarning.class);

  @EventListener(ApplicationReadyEvent.class)
  void warn() {
    LOG.warn(
        """

        ************************************************************************************
        *  DEMO USERS ARE ACTIVE (profile 'demo'): alice (accounting), bob (management),     *
        *  carol (both), dave (no group), each with their name as password, and the Camunda *
        *  admin 'admin'/'admin'. Anyone can log in. Never run this profile in production:  *
        *  start with --spring.profiles.active=<yours> and configure real users or JWT.      *
        ************************************************************************************""");
  }
}
