package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The built-in listener on every user task. It records creations, API updates, completions and
 * deletions. Assignments are taken from the identity link history instead (see {@link
 * HistoryEventCollector}): that history reports every change of the assignee, including the ones
 * task listeners make and un-assignments, and it is where candidate changes come from anyway, so
 * one source covers all "who" changes without duplicates.
 */
final class TaskEventListener implements TaskListener {

  private final TransactionBoundFacts facts;
  private final TaskSnapshots snapshots;

  TaskEventListener(TransactionBoundFacts facts, TaskSnapshots snapshots) {
    this.facts = facts;
    this.snapshots = snapshots;
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    // Tasks of CMMN cases and standalone tasks have no process instance: not collected.
    if (!(delegateTask instanceof TaskEntity task) || task.getProcessInstanceId() == null) {
      return;
    }
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> facts.current().taskCreated(snapshots.created(task));
      case EVENTNAME_UPDATE -> facts.current().taskUpdated(snapshots.updated(task));
      case EVENTNAME_COMPLETE ->
          facts.current().task(new CompleteTaskCommand(task.getId(), task.getAssignee()));
      case EVENTNAME_DELETE ->
          facts.current().task(new DeleteTaskCommand(task.getId(), task.getDeleteReason()));
      default -> {
        // assignment and timeout events: nothing to record
      }
    }
  }
}
