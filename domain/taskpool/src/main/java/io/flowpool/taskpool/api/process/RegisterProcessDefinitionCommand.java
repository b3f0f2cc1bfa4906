package io.flowpool.taskpool.api.process;

import io.flowpool.common.api.Values;
import java.util.Set;

/**
 * An engine deployed a process definition. Idempotent: registering the same definition with the
 * same content again changes nothing.
 *
 * @param formKey the start form key, optional
 */
public record RegisterProcessDefinitionCommand(
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

  public RegisterProcessDefinitionCommand {
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
