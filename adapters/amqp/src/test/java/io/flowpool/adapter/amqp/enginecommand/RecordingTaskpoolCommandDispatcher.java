package io.flowpool.adapter.amqp.enginecommand;

import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for a process application's deciders: records interaction commands, can refuse. */
final class RecordingTaskpoolCommandDispatcher implements TaskpoolCommandDispatcher {

  private final List<InteractionTaskCommand> applied = new CopyOnWriteArrayList<>();
  private volatile RuntimeException nextFailure;

  List<InteractionTaskCommand> applied() {
    return List.copyOf(applied);
  }

  void reset() {
    applied.clear();
    nextFailure = null;
  }

  /** The next command is refused with this reason, as a decider would. */
  void refuseNext(String reason, String message) {
    nextFailure = new Refused(reason, message);
  }

  /** The next command fails with an unexpected error. */
  void failNext(RuntimeException failure) {
    nextFailure = failure;
  }

  @Override
  public void dispatch(InteractionTaskCommand command) {
    RuntimeException failure = nextFailure;
    nextFailure = null;
    if (failure != null) {
      throw failure;
    }
    applied.add(command);
  }

  @Override
  public void dispatch(EngineTaskCommand command) {
    throw new UnsupportedOperationException("engine commands do not travel this way");
  }

  @Override
  public void dispatch(ProcessInstanceCommand command) {
    throw new UnsupportedOperationException("process commands do not travel this way");
  }

  @Override
  public void dispatch(RegisterProcessDefinitionCommand command) {
    throw new UnsupportedOperationException("process definitions do not travel this way");
  }

  private static final class Refused extends CommandRefusedException {
    Refused(String reason, String message) {
      super(reason, message);
    }
  }
}
