package io.flowpool.view.testing;

import io.flowpool.common.api.Modification;
import io.flowpool.common.api.SourceKind;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskClaimedEvent;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import io.flowpool.view.api.CurrentUser;
import java.time.Instant;
import java.util.Set;

/**
 * Sample users, tasks, data entries and processes of an order application: Kermit and Piggy in the
 * group {@code sales}, Gonzo in {@code accounting}, Fozzie in no group.
 */
public final class ViewSamples {

  public static final String APPLICATION = "order-application";
  public static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

  public static final CurrentUser KERMIT = CurrentUser.of("kermit", "sales");
  public static final CurrentUser PIGGY = CurrentUser.of("piggy", "sales");
  public static final CurrentUser GONZO = CurrentUser.of("gonzo", "accounting");
  public static final CurrentUser FOZZIE = CurrentUser.of("fozzie");

  private ViewSamples() {}

  public static SourceReference source(String instanceId, String processName, String application) {
    return new SourceReference(
        SourceKind.PROCESS,
        instanceId,
        "execution-" + instanceId,
        "order-process:1:7",
        "order-process",
        processName,
        application,
        null);
  }

  /** A task of the order process, with nobody assigned and no candidates: vary it. */
  public static TaskEventBuilder task(String taskId) {
    return new TaskEventBuilder(taskId);
  }

  /** A data entry of type {@code order}, readable by nobody: vary it. */
  public static DataEntryEventBuilder order(String entryId) {
    return new DataEntryEventBuilder("order", entryId);
  }

  /** A data entry of any type, readable by nobody: vary it. */
  public static DataEntryEventBuilder dataEntry(String entryType, String entryId) {
    return new DataEntryEventBuilder(entryType, entryId);
  }

  public static TaskAssignedEvent assigned(String taskId, String assignee) {
    return new TaskAssignedEvent(taskId, assignee);
  }

  public static TaskCandidateGroupChangedEvent groupAdded(String taskId, String group) {
    return new TaskCandidateGroupChangedEvent(taskId, group, CandidateChange.ADD);
  }

  public static TaskCandidateGroupChangedEvent groupRemoved(String taskId, String group) {
    return new TaskCandidateGroupChangedEvent(taskId, group, CandidateChange.DELETE);
  }

  public static TaskClaimedEvent claimed(String taskId, String user) {
    return new TaskClaimedEvent(taskId, source("instance-1", "Order process", APPLICATION), user);
  }

  public static TaskCompletedEvent completed(String taskId) {
    return new TaskCompletedEvent(taskId);
  }

  public static TaskDeletedEvent deleted(String taskId) {
    return new TaskDeletedEvent(taskId, "cancelled");
  }

  public static Modification by(String username, String log) {
    return new Modification(NOW, username, log, null);
  }

  /** A definition of {@code key}, version 1, startable by the given users and groups. */
  public static ProcessDefinitionRegisteredEvent definition(
      String key, int version, boolean startable, Set<String> users, Set<String> groups) {
    return new ProcessDefinitionRegisteredEvent(
        key + ":" + version + ":1",
        key,
        version,
        APPLICATION,
        key + " process",
        null,
        null,
        "start-" + key,
        startable,
        users,
        groups);
  }
}
