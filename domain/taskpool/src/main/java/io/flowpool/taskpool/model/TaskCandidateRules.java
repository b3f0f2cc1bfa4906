package io.flowpool.taskpool.model;

import io.flowpool.taskpool.api.task.CandidateChange;
import io.flowpool.taskpool.api.task.TaskCandidateGroupChangedEvent;
import io.flowpool.taskpool.api.task.TaskCandidateUserChangedEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import java.util.List;
import java.util.Set;

/**
 * Decides candidate additions and removals: one event per user or group that really changes, in
 * sorted order. Adding a candidate the task has, or removing one it lacks, changes nothing.
 */
final class TaskCandidateRules {

  private TaskCandidateRules() {}

  static List<TaskEvent> users(Task state, Set<String> userIds, CandidateChange change) {
    return changing(userIds, state.candidateUsers(), change).stream()
        .<TaskEvent>map(user -> new TaskCandidateUserChangedEvent(state.taskId(), user, change))
        .toList();
  }

  static List<TaskEvent> groups(Task state, Set<String> groupIds, CandidateChange change) {
    return changing(groupIds, state.candidateGroups(), change).stream()
        .<TaskEvent>map(group -> new TaskCandidateGroupChangedEvent(state.taskId(), group, change))
        .toList();
  }

  private static List<String> changing(
      Set<String> requested, Set<String> current, CandidateChange change) {
    boolean adding = change == CandidateChange.ADD;
    return requested.stream().filter(id -> current.contains(id) != adding).sorted().toList();
  }
}
