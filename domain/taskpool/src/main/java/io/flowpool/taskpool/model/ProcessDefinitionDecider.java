package io.flowpool.taskpool.model;

import io.flowpool.common.api.Decider;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import java.util.List;

/**
 * The process definition aggregate (aggregate id = process definition id). Registration is
 * idempotent: the same content again changes nothing, while changed content (say, new candidate
 * starters) is registered anew, so the view follows the engine.
 */
public class ProcessDefinitionDecider
    implements Decider<
        RegisterProcessDefinitionCommand, ProcessDefinitionRegisteredEvent, ProcessDefinition> {

  @Override
  public ProcessDefinition initialState(String processDefinitionId) {
    return ProcessDefinition.none(processDefinitionId);
  }

  @Override
  public List<ProcessDefinitionRegisteredEvent> decide(
      RegisterProcessDefinitionCommand command, ProcessDefinition state) {
    if (!command.processDefinitionId().equals(state.processDefinitionId())) {
      throw new ProcessDefinitionMismatchException(
          command.processDefinitionId(), state.processDefinitionId());
    }
    ProcessDefinitionRegisteredEvent registered = registeredEvent(command);
    if (state.isRegisteredWith(registered)) {
      return List.of();
    }
    return List.of(registered);
  }

  @Override
  public ProcessDefinition evolve(ProcessDefinition state, ProcessDefinitionRegisteredEvent event) {
    return state.registered(event);
  }

  private static ProcessDefinitionRegisteredEvent registeredEvent(
      RegisterProcessDefinitionCommand command) {
    return new ProcessDefinitionRegisteredEvent(
        command.processDefinitionId(),
        command.processDefinitionKey(),
        command.processDefinitionVersion(),
        command.applicationName(),
        command.processName(),
        command.versionTag(),
        command.description(),
        command.formKey(),
        command.startableFromTasklist(),
        command.candidateStarterUsers(),
        command.candidateStarterGroups());
  }
}
