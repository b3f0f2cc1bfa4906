package io.flowpool.adapter.axon.serialization;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.testing.DataEntrySamples;
import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateUserChangedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskDeferredEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.taskpool.api.task.TaskToBeCompletedEvent;
import io.flowpool.taskpool.api.task.TaskUnclaimedEvent;
import io.flowpool.taskpool.api.task.TaskUndeferredEvent;
import io.flowpool.taskpool.testing.ProcessSamples;
import io.flowpool.taskpool.testing.TaskSamples;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One realistic sample of every domain event type, for serialization tests. */
final class DomainEventSamples {

  private DomainEventSamples() {}

  static List<Object> all() {
    String taskId = "task-1";
    return List.of(
        TaskSamples.created(taskId, "kermit"),
        new TaskAssignedEvent(taskId, "piggy"),
        TaskSamples.attributesOf(TaskSamples.createTask(taskId))
            .payload(Payload.of(Map.of("amount", 12, "items", List.of("a", "b"))))
            .correlations(Correlations.of("invoice", "4711"))
            .event(),
        new TaskCandidateUserChangedEvent(taskId, "gonzo", CandidateChange.ADD),
        new TaskCandidateGroupChangedEvent(taskId, "sales", CandidateChange.DELETE),
        new TaskCompletedEvent(taskId),
        new TaskDeletedEvent(taskId, "instance cancelled"),
        new TaskClaimedEvent(taskId, TaskSamples.SOURCE_REFERENCE, "kermit"),
        new TaskUnclaimedEvent(taskId, TaskSamples.SOURCE_REFERENCE),
        new TaskToBeCompletedEvent(
            taskId, TaskSamples.SOURCE_REFERENCE, TaskSamples.orderPayload()),
        new TaskDeferredEvent(
            taskId, TaskSamples.SOURCE_REFERENCE, Instant.parse("2026-04-01T08:00:00Z")),
        new TaskUndeferredEvent(taskId, TaskSamples.SOURCE_REFERENCE),
        ProcessSamples.registered(ProcessSamples.registerOrderProcess()),
        ProcessSamples.started(),
        ProcessSamples.finished(),
        ProcessSamples.cancelled(),
        ProcessSamples.suspended(),
        ProcessSamples.resumed(),
        ProcessSamples.variablesChanged(
            ProcessSamples.created("amount", 149.9),
            ProcessSamples.updated("customer", Map.of("name", "Ada", "vip", true), 2),
            ProcessSamples.deleted("draft")),
        DataEntrySamples.created(AuthorizationChange.addUser("kermit")),
        DataEntrySamples.updated(AuthorizationChange.removeGroup("sales")),
        DataEntrySamples.deleted(),
        DataEntrySamples.anonymized());
  }
}
