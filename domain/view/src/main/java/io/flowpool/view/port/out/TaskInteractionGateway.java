package io.flowpool.view.port.out;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;

/**
 * Carries a user's action to the application that owns the task ({@code owner.applicationName()})
 * and waits for its answer: returns when accepted, throws the owner's {@link
 * io.flowpool.common.api.CommandRefusedException} when refused. Locally that is the Axon command
 * bus; in a distributed deployment a request over RabbitMQ.
 */
public interface TaskInteractionGateway {

  void send(InteractionTaskCommand command, SourceReference owner);
}
