package io.flowpool.adapter.camunda.collector;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * Reads what a creation or update report needs from a task while its engine command is running
 * (anything that may load from the database: execution, identity links, form key).
 */
final class TaskSnapshots {

  private final SourceReferences sources;

  TaskSnapshots(SourceReferences sources) {
    this.sources = sources;
  }

  TaskFact.Created created(TaskEntity task) {
    Set<String> users = new TreeSet<>();
    Set<String> groups = new TreeSet<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getUserId() != null) {
        users.add(candidate.getUserId());
      } else if (candidate.getGroupId() != null) {
        groups.add(candidate.getGroupId());
      }
    }
    return new TaskFact.Created(
        task,
        sources.process(
            task.getProcessInstanceId(),
            task.getExecutionId(),
            task.getProcessDefinitionId(),
            task.getTenantId()),
        formKey(task),
        businessKey(task),
        users,
        groups);
  }

  TaskFact.Updated updated(TaskEntity task) {
    return new TaskFact.Updated(
        task,
        sources.definitionKey(task.getProcessDefinitionId()),
        task.getProcessInstanceId(),
        businessKey(task),
        TaskAttributes.before(task));
  }

  private static String formKey(TaskEntity task) {
    task.initializeFormKey();
    return task.getFormKey();
  }

  private static String businessKey(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    return execution == null ? null : execution.getProcessBusinessKey();
  }
}
