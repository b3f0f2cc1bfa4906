package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;
import java.time.Instant;
import java.util.Set;

/**
 * An engine created a task (or an import re-announces one). Load-or-create: a repeated create of an
 * active task re-emits its snapshot; a completed or deleted task stays gone.
 *
 * @param enriched true if payload and correlations were filled from process variables
 */
public record CreateTaskCommand(
    String taskId,
    SourceReference sourceReference,
    String taskDefinitionKey,
    String formKey,
    String businessKey,
    Payload payload,
    Correlations correlations,
    boolean enriched,
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
    implements EngineTaskCommand {

  public CreateTaskCommand {
    Values.requireText(taskId, "taskId");
    Values.require(sourceReference, "sourceReference");
    Values.requireText(taskDefinitionKey, "taskDefinitionKey");
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
    candidateUsers = Values.sortedSet(candidateUsers, "candidateUsers");
    candidateGroups = Values.sortedSet(candidateGroups, "candidateGroups");
  }

  @Override
  public int order() {
    return ORDER_CREATE;
  }

  @Override
  public String eventName() {
    return "create";
  }
}
