package io.flowpool.adapter.axon.interaction;

import io.flowpool.taskpool.api.task.TaskInteractionEvent;
import io.flowpool.taskpool.port.in.ApplyTaskInteractionUseCase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Hands every accepted interaction (claim, complete, ...) to the engine client, if this application
 * has one. It runs in a subscribing processor, i.e. in the unit of work and transaction of the
 * command that caused it: when the engine refuses, the command fails and its events are rolled back
 * with the engine's changes.
 */
@ProcessingGroup(TaskInteractionEventForwarder.PROCESSING_GROUP)
public class TaskInteractionEventForwarder {

  /** The subscribing processing group this forwarder runs in. */
  public static final String PROCESSING_GROUP = "flowpool-task-interactions";

  private final ObjectProvider<ApplyTaskInteractionUseCase> engineClient;

  public TaskInteractionEventForwarder(ObjectProvider<ApplyTaskInteractionUseCase> engineClient) {
    this.engineClient = engineClient;
  }

  @EventHandler
  void on(TaskInteractionEvent event) {
    engineClient.ifAvailable(client -> client.apply(event));
  }
}
