package io.flowpool.taskpool.model;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.TaskAttributesUpdatedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of one task as its decider sees it: its status, the sequence number of its last event
 * ({@code version}, -1 before the first) and the snapshot the engine reported.
 */
public record Task(
    String taskId,
    TaskStatus status,
    long version,
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
    int priority) {

  public Task {
    Values.requireText(taskId, "taskId");
    Values.require(status, "status");
    payload = payload == null ? Payload.empty() : payload;
    correlations = correlations == null ? Correlations.none() : correlations;
    candidateUsers = Values.sortedSet(candidateUsers, "candidateUsers");
    candidateGroups = Values.sortedSet(candidateGroups, "candidateGroups");
  }

  /** A task that was never created. */
  public static Task none(String taskId) {
    return new Task(
        taskId,
        TaskStatus.NONE,
        -1,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  public boolean isActive() {
    return status == TaskStatus.ACTIVE;
  }

  public boolean isAssignedTo(String user) {
    return Objects.equals(assignee, user);
  }

  public Task withVersion(long newVersion) {
    return new Task(
        taskId,
        status,
        newVersion,
        sourceReference,
        taskDefinitionKey,
        formKey,
        businessKey,
        payload,
        correlations,
        assignee,
        candidateUsers,
        candidateGroups,
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority);
  }

  public Task withStatus(TaskStatus newStatus) {
    return new Task(
        taskId,
        newStatus,
        version,
        sourceReference,
        taskDefinitionKey,
        formKey,
        businessKey,
        payload,
        correlations,
        assignee,
        candidateUsers,
        candidateGroups,
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority);
  }

  /** The created event's full snapshot, active, at this task's version. */
  public Task withSnapshot(TaskCreatedEvent created) {
    return new Task(
        taskId,
        TaskStatus.ACTIVE,
        version,
        created.sourceReference(),
        created.taskDefinitionKey(),
        created.formKey(),
        created.businessKey(),
        created.payload(),
        created.correlations(),
        created.assignee(),
        created.candidateUsers(),
        created.candidateGroups(),
        created.createTime(),
        created.description(),
        created.dueDate(),
        created.followUpDate(),
        created.name(),
        created.owner(),
        created.priority());
  }

  public Task withAssignee(String newAssignee) {
    return new Task(
        taskId,
        status,
        version,
        sourceReference,
        taskDefinitionKey,
        formKey,
        businessKey,
        payload,
        correlations,
        newAssignee,
        candidateUsers,
        candidateGroups,
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority);
  }

  /** The updated event's attributes; everything else stays. */
  public Task withAttributes(TaskAttributesUpdatedEvent updated) {
    return new Task(
        taskId,
        status,
        version,
        sourceReference,
        taskDefinitionKey,
        formKey,
        updated.businessKey(),
        updated.payload(),
        updated.correlations(),
        assignee,
        candidateUsers,
        candidateGroups,
        createTime,
        updated.description(),
        updated.dueDate(),
        updated.followUpDate(),
        updated.name(),
        updated.owner(),
        updated.priority());
  }

  public Task withCandidateUser(String userId, CandidateChange change) {
    return new Task(
        taskId,
        status,
        version,
        sourceReference,
        taskDefinitionKey,
        formKey,
        businessKey,
        payload,
        correlations,
        assignee,
        changed(candidateUsers, userId, change),
        candidateGroups,
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority);
  }

  public Task withCandidateGroup(String groupId, CandidateChange change) {
    return new Task(
        taskId,
        status,
        version,
        sourceReference,
        taskDefinitionKey,
        formKey,
        businessKey,
        payload,
        correlations,
        assignee,
        candidateUsers,
        changed(candidateGroups, groupId, change),
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority);
  }

  private static Set<String> changed(Set<String> candidates, String id, CandidateChange change) {
    Set<String> copy = new TreeSet<>(candidates);
    if (change == CandidateChange.ADD) {
      copy.add(id);
    } else {
      copy.remove(id);
    }
    return copy;
  }
}
