package io.flowpool.adapter.rest.support;

import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.view.port.out.TaskInteractionGateway;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the task's owning application: records every action it is sent and accepts it, or,
 * once told to, refuses it with a given reason as the owner's decider would.
 */
public final class RecordingTaskInteractionGateway implements TaskInteractionGateway {

  /** A command as the owner received it. */
  public record Sent(InteractionTaskCommand command, SourceReference owner) {}

  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private volatile String refusal;

  @Override
  public void send(InteractionTaskCommand command, SourceReference owner) {
    if (refusal != null) {
      throw new Refused(refusal, "refused " + command.getClass().getSimpleName());
    }
    sent.add(new Sent(command, owner));
  }

  /** From now on every command is refused with this reason. */
  public void refuseWith(String reason) {
    this.refusal = reason;
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  public void reset() {
    sent.clear();
    refusal = null;
  }

  /** The owner's refusal. */
  static final class Refused extends CommandRefusedException {

    Refused(String reason, String message) {
      super(reason, message);
    }
  }
}
