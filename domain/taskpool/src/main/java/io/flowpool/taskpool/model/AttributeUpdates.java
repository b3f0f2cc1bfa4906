package io.flowpool.taskpool.model;

import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;

/**
 * How attribute updates of one transaction combine: the later update's attributes replace the
 * earlier ones, payload and correlations only count when enriched, and a null business key keeps
 * the one known before.
 */
final class AttributeUpdates {

  private AttributeUpdates() {}

  /** One update equivalent to {@code earlier} followed by {@code later}. */
  static UpdateTaskAttributesCommand merge(
      UpdateTaskAttributesCommand earlier, UpdateTaskAttributesCommand later) {
    UpdateTaskAttributesCommand data = later.enriched() || !earlier.enriched() ? later : earlier;
    return new UpdateTaskAttributesCommand(
        later.taskId(),
        later.businessKey() != null ? later.businessKey() : earlier.businessKey(),
        data.payload(),
        data.correlations(),
        data.enriched(),
        later.description(),
        later.dueDate(),
        later.followUpDate(),
        later.name(),
        later.owner(),
        later.priority(),
        earlier.unchanged() && later.unchanged());
  }

  /** The create with the update's attributes (and its payload, if enriched) applied. */
  static CreateTaskCommand applyTo(CreateTaskCommand create, UpdateTaskAttributesCommand update) {
    boolean enriched = update.enriched();
    return new CreateTaskCommand(
        create.taskId(),
        create.sourceReference(),
        create.taskDefinitionKey(),
        create.formKey(),
        update.businessKey() != null ? update.businessKey() : create.businessKey(),
        enriched ? update.payload() : create.payload(),
        enriched ? update.correlations() : create.correlations(),
        enriched || create.enriched(),
        create.assignee(),
        create.candidateUsers(),
        create.candidateGroups(),
        create.createTime(),
        update.description(),
        update.dueDate(),
        update.followUpDate(),
        update.name(),
        update.owner(),
        update.priority());
  }
}
