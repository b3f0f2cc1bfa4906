package io.flowpool.taskpool.usecase;

import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskDeferredEvent;
import io.flowpool.taskpool.api.task.TaskInteractionEvent;
import io.flowpool.taskpool.api.task.TaskToBeCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.api.task.TaskUndeferredEvent;
import io.flowpool.taskpool.port.in.ApplyTaskInteractionUseCase;
import io.flowpool.taskpool.port.out.EngineTaskActions;

/** Applies interaction events addressed to this application through the engine's task actions. */
public class ApplyTaskInteractionService implements ApplyTaskInteractionUseCase {

  private final String applicationName;
  private final EngineTaskActions engine;

  public ApplyTaskInteractionService(String applicationName, EngineTaskActions engine) {
    this.applicationName = Values.requireText(applicationName, "applicationName");
    this.engine = Values.require(engine, "engine");
  }

  @Override
  public void apply(TaskInteractionEvent event) {
    if (!applicationName.equals(event.sourceReference().applicationName())) {
      return;
    }
    // Java 17 has no pattern matching for switch: one instanceof per sealed subtype.
    if (event instanceof TaskClaimedEvent claimed) {
      engine.assign(claimed.taskId(), claimed.assignee());
    } else if (event instanceof TaskUnclaimedEvent unclaimed) {
      engine.unassign(unclaimed.taskId());
    } else if (event instanceof TaskToBeCompletedEvent completion) {
      engine.complete(completion.taskId(), completion.payload());
    } else if (event instanceof TaskDeferredEvent deferred) {
      engine.setFollowUpDate(deferred.taskId(), deferred.followUpDate());
    } else if (event instanceof TaskUndeferredEvent undeferred) {
      engine.setFollowUpDate(undeferred.taskId(), null);
    }
  }
}
