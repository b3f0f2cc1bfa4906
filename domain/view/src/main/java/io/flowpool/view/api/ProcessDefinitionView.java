package io.flowpool.view.api;

import io.flowpool.common.api.Values;
import java.util.Set;

/** A deployed process definition, and who may start it from the tasklist. */
public record ProcessDefinitionView(
    String processDefinitionId,
    String processDefinitionKey,
    int processDefinitionVersion,
    String applicationName,
    String processName,
    String versionTag,
    String description,
    String formKey,
    boolean startableFromTasklist,
    Set<String> candidateStarterUsers,
    Set<String> candidateStarterGroups) {

  public ProcessDefinitionView {
    Values.requireText(processDefinitionId, "processDefinitionId");
    Values.requireText(processDefinitionKey, "processDefinitionKey");
    candidateStarterUsers = Values.sortedSet(candidateStarterUsers, "candidateStarterUsers");
    candidateStarterGroups = Values.sortedSet(candidateStarterGroups, "candidateStarterGroups");
  }
}
