package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Records the history events the collector needs: identity links of process tasks (assignee and
 * candidates), process instance lifecycle and process variable changes. Needs history level full.
 */
final class HistoryEventCollector implements HistoryEventHandler {

  private final TransactionBoundFacts facts;
  private final ProcessInstanceFacts instances;
  private final VariableFacts variables;

  HistoryEventCollector(
      TransactionBoundFacts facts, ProcessInstanceFacts instances, VariableFacts variables) {
    this.facts = facts;
    this.instances = instances;
    this.variables = variables;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricIdentityLinkLogEventEntity link) {
      identityLink(link);
    } else if (event instanceof HistoricProcessInstanceEventEntity instance) {
      instances.record(instance, facts);
    } else if (event instanceof HistoricVariableUpdateEventEntity variable) {
      variables.record(variable, facts);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private void identityLink(HistoricIdentityLinkLogEventEntity link) {
    // Links without a task are candidate starters of a definition; without a definition, the
    // task is standalone or belongs to a case.
    if (link.getTaskId() == null
        || link.getProcessDefinitionId() == null
        || link.getType() == null) {
      return;
    }
    boolean added = HistoryEventTypes.IDENTITY_LINK_ADD.getEventName().equals(link.getEventType());
    EngineTaskCommand command =
        switch (link.getType()) {
          case IdentityLinkType.ASSIGNEE ->
              new AssignTaskCommand(link.getTaskId(), added ? link.getUserId() : null);
          case IdentityLinkType.CANDIDATE -> candidates(link, added);
          // the owner is an attribute, reported with the task's other attributes
          default -> null;
        };
    if (command != null) {
      facts.current().task(command);
    }
  }

  private static EngineTaskCommand candidates(
      HistoricIdentityLinkLogEventEntity link, boolean add) {
    String taskId = link.getTaskId();
    if (link.getUserId() != null) {
      Set<String> user = Set.of(link.getUserId());
      return add
          ? new AddCandidateUsersCommand(taskId, user)
          : new DeleteCandidateUsersCommand(taskId, user);
    }
    Set<String> group = Set.of(link.getGroupId());
    return add
        ? new AddCandidateGroupsCommand(taskId, group)
        : new DeleteCandidateGroupsCommand(taskId, group);
  }
}
