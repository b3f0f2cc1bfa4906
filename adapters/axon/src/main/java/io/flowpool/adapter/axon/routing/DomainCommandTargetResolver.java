package io.flowpool.adapter.axon.routing;

import io.flowpool.adapter.axon.command.ProcessInstanceCommandBatch;
import io.flowpool.datapool.api.DataEntryCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.task.TaskCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.IdentifierMissingException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Routes a domain command to its aggregate by reading the id from the command's own interface, so
 * domain records need no {@code @TargetAggregateIdentifier}. No version is given to Axon: a
 * sender's expected version is the decider's business.
 */
public class DomainCommandTargetResolver implements CommandTargetResolver {

  /** The bean name the aggregate shells refer to. */
  public static final String BEAN_NAME = "flowpoolCommandTargetResolver";

  @Override
  public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
    return new VersionedAggregateIdentifier(aggregateId(command.getPayload()), null);
  }

  /** The aggregate id a domain command addresses. */
  public static String aggregateId(Object command) {
    if (command instanceof TaskCommand task) {
      return task.taskId();
    }
    if (command instanceof ProcessInstanceCommand instance) {
      return instance.processInstanceId();
    }
    if (command instanceof ProcessInstanceCommandBatch batch) {
      return batch.processInstanceId();
    }
    if (command instanceof RegisterProcessDefinitionCommand definition) {
      return definition.processDefinitionId();
    }
    if (command instanceof DataEntryCommand entry) {
      return entry.identity().asString();
    }
    throw new IdentifierMissingException(
        "no Flowpool aggregate id in a " + typeOf(command) + "; not a domain command");
  }

  private static String typeOf(Object command) {
    return command == null ? "null payload" : command.getClass().getName();
  }
}
