package io.flowpool.taskpool.model;

import io.flowpool.common.api.CommandRefusedException;

/** A registration was routed to another definition's state: a bug in the routing. */
public class ProcessDefinitionMismatchException extends CommandRefusedException {

  public static final String REASON = "PROCESS_DEFINITION_MISMATCH";

  public ProcessDefinitionMismatchException(String commanded, String state) {
    super(
        REASON,
        "a registration of process definition "
            + commanded
            + " reached process definition "
            + state);
  }
}
