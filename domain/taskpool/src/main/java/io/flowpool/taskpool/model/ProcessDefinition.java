package io.flowpool.taskpool.model;

import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;

/**
 * The state of one process definition as its decider sees it: the content it was last registered
 * with, or none before its first registration.
 *
 * @param lastRegistered null until the definition is registered
 */
public record ProcessDefinition(
    String processDefinitionId, ProcessDefinitionRegisteredEvent lastRegistered) {

  public ProcessDefinition {
    Values.requireText(processDefinitionId, "processDefinitionId");
  }

  /** A definition that was never registered. */
  public static ProcessDefinition none(String processDefinitionId) {
    return new ProcessDefinition(processDefinitionId, null);
  }

  public boolean isRegistered() {
    return lastRegistered != null;
  }

  /** Whether this content is exactly what the definition was last registered with. */
  public boolean isRegisteredWith(ProcessDefinitionRegisteredEvent content) {
    return content.equals(lastRegistered);
  }

  public ProcessDefinition registered(ProcessDefinitionRegisteredEvent content) {
    return new ProcessDefinition(processDefinitionId, content);
  }
}
