package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;
import java.time.Instant;
import java.util.Set;

/** A task exists, with this full snapshot. Re-emitted when an active task is created again. */
public record TaskCreatedEvent(
    String taskId,
    SourceReference sourceReference,
    String taskDefinitionKey,
    String formKey,
    String businessKey,
    Payload payload,
    Correlations correlations,
    String assignee,
    Set<String> candidateUsers,
    Set<String> candidateGroups,
    Instant createTime,
    String description,
    Instant dueDate,
    Instant followUpDate,
    String name,
    String owner,
    int priority)
    implements TaskEngineEvent {

  public TaskCreatedEvent {
    Values.requireText(taskId, "taskId");
    Values.require(sourceReference, "sourceReference");
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
    candidateUsers = Values.sortedSet(candidateUsers, "candidateUsers");
    candidateGroups = Values.sortedSet(candidateGroups, "candidateGroups");
  }
}
