package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;
import java.util.Set;

/** Candidate users removed from the task. Emits one change event per user that really changes. */
public record DeleteCandidateUsersCommand(String taskId, Set<String> candidateUsers)
    implements EngineTaskCommand {

  public DeleteCandidateUsersCommand {
    Values.requireText(taskId, "taskId");
    candidateUsers = Values.sortedSet(candidateUsers, "candidateUsers");
  }

  @Override
  public int order() {
    return ORDER_CANDIDATES;
  }

  @Override
  public String eventName() {
    return "candidate-user-delete";
  }
}
