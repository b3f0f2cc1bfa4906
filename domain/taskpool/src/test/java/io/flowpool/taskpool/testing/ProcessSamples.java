package io.flowpool.taskpool.testing;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.CancelProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceCancelledEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceFinishedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceResumedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceStartedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceSuspendedEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.api.process.ResumeProcessInstanceCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import java.util.List;
import java.util.Set;

/**
 * Sample process commands and events with realistic values: the order process (definition {@link
 * #DEFINITION_ID}), startable from the tasklist by kermit and the sales group, and its instance
 * {@link #INSTANCE_ID} for order 4711, with its variables.
 */
public final class ProcessSamples {

  public static final String APPLICATION = "order-application";
  public static final String DEFINITION_ID = "order-process:1:7";
  public static final String DEFINITION_KEY = "order-process";
  public static final String INSTANCE_ID = "order-instance-1";
  public static final String BUSINESS_KEY = "order-4711";

  /** The scope of process-level variables: the instance's root activity instance. */
  public static final String INSTANCE_SCOPE = INSTANCE_ID;

  public static final SourceReference SOURCE_REFERENCE =
      SourceReference.process(
          INSTANCE_ID, INSTANCE_ID, DEFINITION_ID, DEFINITION_KEY, "Order process", APPLICATION);

  private ProcessSamples() {}

  /** The order process, startable from the tasklist by kermit and the sales group. */
  public static RegisterProcessDefinitionCommand registerOrderProcess() {
    return registration(DEFINITION_ID, true, Set.of("kermit"), Set.of("sales"));
  }

  /** The order process registration with other starters or startable flag. */
  public static RegisterProcessDefinitionCommand registration(
      String definitionId,
      boolean startableFromTasklist,
      Set<String> candidateStarterUsers,
      Set<String> candidateStarterGroups) {
    return new RegisterProcessDefinitionCommand(
        definitionId,
        DEFINITION_KEY,
        1,
        APPLICATION,
        "Order process",
        "2026.03",
        "Approves and ships an order",
        "forms/start-order",
        startableFromTasklist,
        candidateStarterUsers,
        candidateStarterGroups);
  }

  /** The event a registration leads to: the command's content. */
  public static ProcessDefinitionRegisteredEvent registered(
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

  /** Kermit starts the instance for order 4711. */
  public static StartProcessInstanceCommand start() {
    return new StartProcessInstanceCommand(
        SOURCE_REFERENCE, BUSINESS_KEY, "kermit", null, "orderReceived");
  }

  public static ProcessInstanceStartedEvent started() {
    return new ProcessInstanceStartedEvent(
        SOURCE_REFERENCE, BUSINESS_KEY, "kermit", null, "orderReceived");
  }

  /** The instance reaches its end event. */
  public static FinishProcessInstanceCommand finish() {
    return new FinishProcessInstanceCommand(SOURCE_REFERENCE, BUSINESS_KEY, null, "orderShipped");
  }

  public static ProcessInstanceFinishedEvent finished() {
    return new ProcessInstanceFinishedEvent(SOURCE_REFERENCE, BUSINESS_KEY, null, "orderShipped");
  }

  /** The instance is deleted while waiting for approval. */
  public static CancelProcessInstanceCommand cancel() {
    return new CancelProcessInstanceCommand(
        SOURCE_REFERENCE, BUSINESS_KEY, null, "approveOrder", "order withdrawn");
  }

  public static ProcessInstanceCancelledEvent cancelled() {
    return new ProcessInstanceCancelledEvent(
        SOURCE_REFERENCE, BUSINESS_KEY, null, "approveOrder", "order withdrawn");
  }

  public static SuspendProcessInstanceCommand suspend() {
    return new SuspendProcessInstanceCommand(SOURCE_REFERENCE);
  }

  public static ProcessInstanceSuspendedEvent suspended() {
    return new ProcessInstanceSuspendedEvent(SOURCE_REFERENCE);
  }

  public static ResumeProcessInstanceCommand resume() {
    return new ResumeProcessInstanceCommand(SOURCE_REFERENCE);
  }

  public static ProcessInstanceResumedEvent resumed() {
    return new ProcessInstanceResumedEvent(SOURCE_REFERENCE);
  }

  /** The engine reports these variable changes of the instance. */
  public static ChangeProcessVariablesCommand changeVariables(VariableChange... changes) {
    return new ChangeProcessVariablesCommand(SOURCE_REFERENCE, List.of(changes));
  }

  public static ProcessVariablesChangedEvent variablesChanged(VariableChange... changes) {
    return new ProcessVariablesChangedEvent(SOURCE_REFERENCE, List.of(changes));
  }

  /** A process-level variable is created (revision 0). */
  public static VariableChange created(String name, Object value) {
    return change(VariableChangeType.CREATE, name, value, 0, INSTANCE_SCOPE);
  }

  /** A process-level variable gets a new value at this revision. */
  public static VariableChange updated(String name, Object value, int revision) {
    return change(VariableChangeType.UPDATE, name, value, revision, INSTANCE_SCOPE);
  }

  /** A process-level variable is deleted. */
  public static VariableChange deleted(String name) {
    return change(VariableChangeType.DELETE, name, null, 0, INSTANCE_SCOPE);
  }

  /** A change of a variable in any scope; the variable instance id is derived from both. */
  public static VariableChange change(
      VariableChangeType type, String name, Object value, int revision, String scope) {
    return new VariableChange(type, "var-" + scope + "-" + name, name, value, revision, scope);
  }
}
