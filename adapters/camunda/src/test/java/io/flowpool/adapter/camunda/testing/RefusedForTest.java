package io.flowpool.adapter.camunda.testing;

import io.flowpool.common.api.CommandRefusedException;

/** The taskpool's refusal as a test provokes it. */
public class RefusedForTest extends CommandRefusedException {

  public RefusedForTest() {
    super("REFUSED_FOR_TEST", "the test refuses this engine transaction");
  }
}
