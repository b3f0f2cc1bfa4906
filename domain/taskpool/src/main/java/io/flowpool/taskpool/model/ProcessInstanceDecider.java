package io.flowpool.taskpool.model;

import io.flowpool.common.api.Decider;
import io.flowpool.taskpool.api.process.CancelProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCancelledEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceFinishedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceResumedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceStartedEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceSuspendedEvent;
import io.flowpool.taskpool.api.process.ProcessVariablesChangedEvent;
import io.flowpool.taskpool.api.process.ResumeProcessInstanceCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import java.util.List;

/**
 * The process instance aggregate (aggregate id = process instance id). Its commands report what the
 * engine did, so none is refused; one that changes nothing (a re-sent start, a suspend of a
 * suspended instance, anything but an end after the instance ended) is a no-op.
 *
 * <p>An end is accepted for an instance never heard to start: the engine is the source of truth,
 * and the instance may have started before Flowpool was installed. Variable changes may arrive
 * before the start and are kept; after the end they are ignored (not refused): the engine may still
 * report the variables of an ending instance as deleted, and its last values are worth keeping.
 */
public class ProcessInstanceDecider
    implements Decider<ProcessInstanceCommand, ProcessInstanceEvent, ProcessInstance> {

  @Override
  public ProcessInstance initialState(String instanceId) {
    return ProcessInstance.unknown(instanceId);
  }

  @Override
  public List<ProcessInstanceEvent> decide(ProcessInstanceCommand command, ProcessInstance state) {
    ProcessInstanceStatus status = state.status();
    if (command instanceof StartProcessInstanceCommand start) {
      return status == ProcessInstanceStatus.UNKNOWN ? List.of(started(start)) : List.of();
    }
    if (command instanceof SuspendProcessInstanceCommand suspend) {
      return status == ProcessInstanceStatus.RUNNING
          ? List.of(new ProcessInstanceSuspendedEvent(suspend.sourceReference()))
          : List.of();
    }
    if (command instanceof ResumeProcessInstanceCommand resume) {
      return status == ProcessInstanceStatus.SUSPENDED
          ? List.of(new ProcessInstanceResumedEvent(resume.sourceReference()))
          : List.of();
    }
    if (state.isEnded()) {
      return List.of();
    }
    if (command instanceof FinishProcessInstanceCommand finish) {
      return List.of(finished(finish));
    }
    if (command instanceof CancelProcessInstanceCommand cancel) {
      return List.of(cancelled(cancel));
    }
    // the last permitted command
    ChangeProcessVariablesCommand change = (ChangeProcessVariablesCommand) command;
    if (change.changes().isEmpty()) {
      return List.of();
    }
    return List.of(new ProcessVariablesChangedEvent(change.sourceReference(), change.changes()));
  }

  @Override
  public ProcessInstance evolve(ProcessInstance state, ProcessInstanceEvent event) {
    if (event instanceof ProcessInstanceStartedEvent started) {
      return state.started(started.sourceReference(), started.businessKey());
    }
    if (event instanceof ProcessInstanceSuspendedEvent suspended) {
      return state.withStatus(ProcessInstanceStatus.SUSPENDED, suspended.sourceReference(), null);
    }
    if (event instanceof ProcessInstanceResumedEvent resumed) {
      return state.withStatus(ProcessInstanceStatus.RUNNING, resumed.sourceReference(), null);
    }
    if (event instanceof ProcessInstanceFinishedEvent finished) {
      return state.withStatus(
          ProcessInstanceStatus.FINISHED, finished.sourceReference(), finished.businessKey());
    }
    if (event instanceof ProcessInstanceCancelledEvent cancelled) {
      return state.withStatus(
          ProcessInstanceStatus.CANCELLED, cancelled.sourceReference(), cancelled.businessKey());
    }
    // the last permitted event
    ProcessVariablesChangedEvent changed = (ProcessVariablesChangedEvent) event;
    return state.withVariableChanges(changed.sourceReference(), changed.changes());
  }

  private static ProcessInstanceStartedEvent started(StartProcessInstanceCommand start) {
    return new ProcessInstanceStartedEvent(
        start.sourceReference(),
        start.businessKey(),
        start.startUserId(),
        start.superInstanceId(),
        start.startActivityId());
  }

  private static ProcessInstanceFinishedEvent finished(FinishProcessInstanceCommand finish) {
    return new ProcessInstanceFinishedEvent(
        finish.sourceReference(),
        finish.businessKey(),
        finish.superInstanceId(),
        finish.endActivityId());
  }

  private static ProcessInstanceCancelledEvent cancelled(CancelProcessInstanceCommand cancel) {
    return new ProcessInstanceCancelledEvent(
        cancel.sourceReference(),
        cancel.businessKey(),
        cancel.superInstanceId(),
        cancel.endActivityId(),
        cancel.deleteReason());
  }
}
