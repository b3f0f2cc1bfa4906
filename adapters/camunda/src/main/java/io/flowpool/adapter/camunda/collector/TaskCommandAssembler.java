package io.flowpool.adapter.camunda.collector;

import io.flowpool.adapter.camunda.enrichment.Enrichment;
import io.flowpool.adapter.camunda.enrichment.TaskEnricher;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Turns task facts into task commands, inside an engine command (the one that reported them, when
 * its work is done, or one at commit time): creations and updates read the task as that command
 * leaves it and are enriched with the variables it sees then. A task whose process instance changed
 * in this transaction (variables, business key) and that has no creation, update or end of its own
 * gets an enriched update, so its payload and business key follow.
 */
final class TaskCommandAssembler {

  private final TaskEnricher enricher;
  private final SourceReferences sources;

  TaskCommandAssembler(TaskEnricher enricher, SourceReferences sources) {
    this.enricher = enricher;
    this.sources = sources;
  }

  List<EngineTaskCommand> assemble(
      CommandContext context, List<TaskFact> facts, Set<String> changedInstances) {
    List<EngineTaskCommand> commands = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (TaskFact fact : facts) {
      if (fact instanceof TaskFact.Reported report) {
        commands.add(report.command());
        if (!report.isIdentityChange()) {
          reported.add(fact.taskId());
        }
      } else if (fact instanceof TaskFact.Created created) {
        commands.add(create(context, created));
        reported.add(fact.taskId());
      } else if (fact instanceof TaskFact.Updated updated) {
        boolean instanceChanged = changedInstances.contains(updated.processInstanceId());
        commands.add(update(context, updated, instanceChanged));
        reported.add(fact.taskId());
      }
    }
    for (String instanceId : changedInstances) {
      for (TaskEntity task : context.getTaskManager().findTasksByProcessInstanceId(instanceId)) {
        if (!reported.contains(task.getId()) && !task.isDeleted()) {
          commands.add(payloadUpdate(context, task));
        }
      }
    }
    return commands;
  }

  CreateTaskCommand create(CommandContext context, TaskFact.Created created) {
    Task task = created.task();
    Optional<Enrichment> enrichment =
        enrichment(context, task, created.sourceReference().definitionKey());
    TaskAttributes attributes = TaskAttributes.of(task);
    return new CreateTaskCommand(
        task.getId(),
        created.sourceReference(),
        task.getTaskDefinitionKey(),
        created.formKey(),
        created.businessKey(),
        enrichment.map(Enrichment::payload).orElse(Payload.empty()),
        enrichment.map(Enrichment::correlations).orElse(Correlations.none()),
        enrichment.isPresent(),
        task.getAssignee(),
        created.candidateUsers(),
        created.candidateGroups(),
        TaskAttributes.instant(task.getCreateTime()),
        attributes.description(),
        attributes.dueDate(),
        attributes.followUpDate(),
        attributes.name(),
        attributes.owner(),
        attributes.priority());
  }

  private UpdateTaskAttributesCommand update(
      CommandContext context, TaskFact.Updated updated, boolean instanceChanged) {
    TaskAttributes attributes = TaskAttributes.of(updated.task());
    boolean unchanged = !instanceChanged && attributes.equals(updated.before());
    return update(
        updated.task(),
        updated.businessKey(),
        attributes,
        enrichment(context, updated.task(), updated.processDefinitionKey()),
        unchanged);
  }

  private UpdateTaskAttributesCommand payloadUpdate(CommandContext context, TaskEntity task) {
    String processKey = sources.definitionKey(task.getProcessDefinitionId());
    String businessKey = task.getProcessInstance().getBusinessKey();
    return update(
        task, businessKey, TaskAttributes.of(task), enrichment(context, task, processKey), false);
  }

  private static UpdateTaskAttributesCommand update(
      Task task,
      String businessKey,
      TaskAttributes attributes,
      Optional<Enrichment> enrichment,
      boolean unchanged) {
    return new UpdateTaskAttributesCommand(
        task.getId(),
        businessKey,
        enrichment.map(Enrichment::payload).orElse(Payload.empty()),
        enrichment.map(Enrichment::correlations).orElse(Correlations.none()),
        enrichment.isPresent(),
        attributes.description(),
        attributes.dueDate(),
        attributes.followUpDate(),
        attributes.name(),
        attributes.owner(),
        attributes.priority(),
        unchanged);
  }

  /**
   * Empty if enrichment is off or the task no longer exists (it ended in this transaction: inside
   * the command that ended it, the task is still in the command's cache, marked deleted).
   */
  private Optional<Enrichment> enrichment(CommandContext context, Task task, String processKey) {
    if (!enricher.isEnabled()) {
      return Optional.empty();
    }
    TaskEntity current = context.getTaskManager().findTaskById(task.getId());
    if (current == null || current.isDeleted()) {
      return Optional.empty();
    }
    // Serialized objects stay serialized: deserializing them here could make the engine write
    // them back (Polyflow #442) and would need their classes on this class path.
    AbstractVariableScope scope = TaskVariableScope.of(context, current);
    return enricher.enrich(
        processKey, task.getTaskDefinitionKey(), asStored(scope, scope.getVariablesTyped(false)));
  }

  /**
   * The variables as the committed transaction will hold them. Inside the engine command that set
   * them, transient variables are still there and objects may still be deserialized (reading them
   * as objects would call their getters); transient ones are left out and objects are read back in
   * their serialized form, as a new engine command would read them.
   */
  private static VariableMap asStored(AbstractVariableScope scope, VariableMap variables) {
    VariableMap stored = Variables.createVariables();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      if (value != null && value.isTransient()) {
        continue;
      }
      if (value instanceof SerializableValue serializable
          && serializable.isDeserialized()
          && scope.getVariableInstance(name) instanceof VariableInstanceEntity variable) {
        value = variable.getSerializer().readValue(variable, false, false);
      }
      stored.putValueTyped(name, value);
    }
    return stored;
  }
}
