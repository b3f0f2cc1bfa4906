package io.flowpool.view.model;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.Values;
import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.view.api.ViewEvent;

/** One aggregate: the unit of the view's sequence guard. */
public record AggregateRef(AggregateKind kind, String id) {

  public AggregateRef {
    Values.require(kind, "kind");
    Values.requireText(id, "id");
  }

  /**
   * The aggregate an event belongs to; refuses an event the view does not project and an envelope
   * whose aggregate id is not the event's own.
   */
  public static AggregateRef of(ViewEvent<?> envelope) {
    Object event = envelope.event();
    AggregateRef ref;
    if (event instanceof TaskEvent task) {
      ref = new AggregateRef(AggregateKind.TASK, task.taskId());
    } else if (event instanceof DataEntryEvent entry) {
      ref = new AggregateRef(AggregateKind.DATA_ENTRY, entry.identity().asString());
    } else if (event instanceof ProcessDefinitionRegisteredEvent definition) {
      ref = new AggregateRef(AggregateKind.PROCESS_DEFINITION, definition.processDefinitionId());
    } else if (event instanceof ProcessInstanceEvent instance) {
      ref = new AggregateRef(AggregateKind.PROCESS_INSTANCE, instance.processInstanceId());
    } else {
      throw new InvalidValueException("the view does not project " + event.getClass().getName());
    }
    if (!ref.id().equals(envelope.aggregateId())) {
      throw new InvalidValueException(
          "an event of "
              + ref.id()
              + " arrived as an event of aggregate "
              + envelope.aggregateId());
    }
    return ref;
  }
}
