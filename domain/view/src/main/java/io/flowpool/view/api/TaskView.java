package io.flowpool.view.api;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;
import java.time.Instant;
import java.util.Set;

/**
 * A task as the tasklist shows it: the engine's last snapshot.
 *
 * @param version the sequence number of the last event of the task that the view applied; a
 *     tasklist sends it with an interaction so that a change it has not seen is refused
 */
public record TaskView(
    String id,
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
    int priority,
    long version) {

  public TaskView {
    Values.requireText(id, "id");
    Values.require(sourceReference, "sourceReference");
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
    candidateUsers = Values.sortedSet(candidateUsers, "candidateUsers");
    candidateGroups = Values.sortedSet(candidateGroups, "candidateGroups");
  }

  /** The name of the process (or case) the task belongs to. */
  public String processName() {
    return sourceReference.name();
  }

  /** The application (engine) that owns the task. */
  public String applicationName() {
    return sourceReference.applicationName();
  }
}
