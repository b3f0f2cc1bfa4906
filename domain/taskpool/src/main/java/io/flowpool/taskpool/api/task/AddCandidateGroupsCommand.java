package io.flowpool.taskpool.api.task;

import io.flowpool.common.api.Values;
import java.util.Set;

/** Candidate groups added to the task. Emits one change event per group that really changes. */
public record AddCandidateGroupsCommand(String taskId, Set<String> candidateGroups)
    implements EngineTaskCommand {

  public AddCandidateGroupsCommand {
    Values.requireText(taskId, "taskId");
    candidateGroups = Values.sortedSet(candidateGroups, "candidateGroups");
  }

  @Override
  public int order() {
    return ORDER_CANDIDATES;
  }

  @Override
  public String eventName() {
    return "candidate-group-add";
  }
}
