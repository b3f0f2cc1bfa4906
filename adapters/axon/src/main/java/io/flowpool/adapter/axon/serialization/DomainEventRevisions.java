package io.flowpool.adapter.axon.serialization;

import static java.util.Map.entry;

import io.flowpool.datapool.api.DataEntryAnonymizedEvent;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryDeletedEvent;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceCancelledEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceFinishedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceResumedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceStartedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceSuspendedEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateUserChangedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.api.task.TaskDeferredEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.taskpool.api.task.TaskToBeCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.api.task.TaskUndeferredEvent;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.RevisionResolver;

/**
 * The revision of every domain event's serialized form, in one table, so that the event records
 * carry no annotations. Change an event's shape: raise its revision here and add an upcaster.
 * Anything else (tokens, Axon's own messages) has no revision.
 */
public class DomainEventRevisions implements RevisionResolver {

  private static final Map<Class<?>, String> REVISIONS =
      Map.ofEntries(
          entry(TaskCreatedEvent.class, "1"),
          entry(TaskAssignedEvent.class, "1"),
          entry(TaskAttributesUpdatedEvent.class, "1"),
          entry(TaskCandidateUserChangedEvent.class, "1"),
          entry(TaskCandidateGroupChangedEvent.class, "1"),
          entry(TaskCompletedEvent.class, "1"),
          entry(TaskDeletedEvent.class, "1"),
          entry(TaskClaimedEvent.class, "1"),
          entry(TaskUnclaimedEvent.class, "1"),
          entry(TaskToBeCompletedEvent.class, "1"),
          entry(TaskDeferredEvent.class, "1"),
          entry(TaskUndeferredEvent.class, "1"),
          entry(ProcessDefinitionRegisteredEvent.class, "1"),
          entry(ProcessInstanceStartedEvent.class, "1"),
          entry(ProcessInstanceFinishedEvent.class, "1"),
          entry(ProcessInstanceCancelledEvent.class, "1"),
          entry(ProcessInstanceSuspendedEvent.class, "1"),
          entry(ProcessInstanceResumedEvent.class, "1"),
          entry(ProcessVariablesChangedEvent.class, "1"),
          entry(DataEntryCreatedEvent.class, "1"),
          entry(DataEntryUpdatedEvent.class, "1"),
          entry(DataEntryDeletedEvent.class, "1"),
          entry(DataEntryAnonymizedEvent.class, "1"));

  @Override
  public String revisionOf(Class<?> payloadType) {
    return REVISIONS.get(payloadType);
  }

  /** The event classes with a revision. */
  public static Set<Class<?>> eventClasses() {
    return REVISIONS.keySet();
  }
}
