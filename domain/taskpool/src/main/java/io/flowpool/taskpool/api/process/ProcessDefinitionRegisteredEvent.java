package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.Values;
import java.util.Set;

/** A process definition is known, with this content. */
public record ProcessDefinitionRegisteredEvent(
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

  public ProcessDefinitionRegisteredEvent {
    Values.requireText(processDefinitionId, "processDefinitionId");
    Values.requireText(processDefinitionKey, "processDefinitionKey");
    Values.requireText(applicationName, "applicationName");
    if (processName == null || processName.isBlank()) {
      processName = processDefinitionKey;
    }
    candidateStarterUsers = Values.sortedSet(candidateStarterUsers, "candidateStarterUsers");
    candidateStarterGroups = Values.sortedSet(candidateStarterGroups, "candidateStarterGroups");
  }
}
