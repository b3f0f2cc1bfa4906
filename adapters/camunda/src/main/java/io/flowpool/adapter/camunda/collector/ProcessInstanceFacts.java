package io.flowpool.adapter.camunda.collector;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.CancelProcessInstanceCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ResumeProcessInstanceCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;

/**
 * Maps process instance history to commands: start, end (finished when completed, else cancelled)
 * and suspension changes.
 *
 * <p>The engine has no suspend or activate history event: suspension changes arrive as an instance
 * "update" with the new state, and so do unrelated updates (a changed business key, the deletion of
 * a sub-instance). An update therefore counts as suspended or resumed only while a suspension state
 * command runs, so that a business key change never reads as "resumed"; any other update refreshes
 * the instance's waiting tasks (they carry its business key).
 */
final class ProcessInstanceFacts {

  private final SourceReferences sources;

  ProcessInstanceFacts(SourceReferences sources) {
    this.sources = sources;
  }

  /** Records the command the event stands for, or that the instance changed otherwise. */
  void record(HistoricProcessInstanceEventEntity event, TransactionBoundFacts facts) {
    if (event.getProcessDefinitionId() == null) {
      return;
    }
    Optional<ProcessInstanceCommand> command = of(event);
    if (command.isPresent()) {
      facts.current().instance(command.get());
    } else if (isUpdate(event)) {
      // e.g. a new business key, which the instance's tasks carry
      facts.current().instanceChanged(event.getProcessInstanceId());
    }
  }

  private Optional<ProcessInstanceCommand> of(HistoricProcessInstanceEventEntity event) {
    String type = event.getEventType();
    if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(type)) {
      return Optional.of(started(event));
    }
    if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(type)) {
      return Optional.of(ended(event));
    }
    if (isUpdate(event) && suspensionStateChanges()) {
      return Optional.of(suspensionChanged(event));
    }
    return Optional.empty();
  }

  private static boolean isUpdate(HistoricProcessInstanceEventEntity event) {
    return HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName().equals(event.getEventType());
  }

  private ProcessInstanceCommand started(HistoricProcessInstanceEventEntity event) {
    return new StartProcessInstanceCommand(
        source(event),
        event.getBusinessKey(),
        event.getStartUserId(),
        superInstance(event),
        event.getStartActivityId());
  }

  private ProcessInstanceCommand ended(HistoricProcessInstanceEventEntity event) {
    // Camunda marks a deletion through the Java API "internally terminated" and one through REST
    // "externally terminated": both are cancellations, only "completed" is a finish.
    if (!HistoricProcessInstance.STATE_COMPLETED.equals(event.getState())) {
      return new CancelProcessInstanceCommand(
          source(event),
          event.getBusinessKey(),
          superInstance(event),
          event.getEndActivityId(),
          event.getDeleteReason());
    }
    return new FinishProcessInstanceCommand(
        source(event), event.getBusinessKey(), superInstance(event), event.getEndActivityId());
  }

  private ProcessInstanceCommand suspensionChanged(HistoricProcessInstanceEventEntity event) {
    if (HistoricProcessInstance.STATE_SUSPENDED.equals(event.getState())) {
      return new SuspendProcessInstanceCommand(source(event));
    }
    return new ResumeProcessInstanceCommand(source(event));
  }

  private SourceReference source(HistoricProcessInstanceEventEntity event) {
    String instanceId = event.getProcessInstanceId();
    return sources.process(
        instanceId, instanceId, event.getProcessDefinitionId(), event.getTenantId());
  }

  private static String superInstance(HistoricProcessInstanceEventEntity event) {
    return event.getSuperProcessInstanceId() != null
        ? event.getSuperProcessInstanceId()
        : event.getSuperCaseInstanceId();
  }

  private static boolean suspensionStateChanges() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    Object command = invocation == null ? null : invocation.getCommand();
    return command instanceof AbstractSetStateCmd
        || command instanceof AbstractUpdateProcessInstancesSuspendStateCmd;
  }
}
