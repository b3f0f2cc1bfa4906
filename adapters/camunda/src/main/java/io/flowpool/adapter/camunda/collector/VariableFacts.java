package io.flowpool.adapter.camunda.collector;

import io.flowpool.adapter.camunda.enrichment.TypedValues;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Records process variable changes from the variable history. Every change of a process instance's
 * variables is recorded (no filter hides them, unlike Polyflow's default); the value is read from
 * the event itself, without deserializing objects, so it is the value as it was changed even if the
 * variable changes again later in the transaction.
 */
final class VariableFacts {

  private final SourceReferences sources;
  private final ProcessEngineConfigurationImpl engine;
  private final TypedValues values;

  VariableFacts(
      SourceReferences sources, ProcessEngineConfigurationImpl engine, TypedValues values) {
    this.sources = sources;
    this.engine = engine;
    this.values = values;
  }

  void record(HistoricVariableUpdateEventEntity event, TransactionBoundFacts facts) {
    VariableChangeType type = type(event.getEventType());
    String instanceId = event.getProcessInstanceId();
    if (type == null || instanceId == null || event.getProcessDefinitionId() == null) {
      return;
    }
    VariableChange change =
        new VariableChange(
            type,
            event.getVariableInstanceId(),
            event.getVariableName(),
            type == VariableChangeType.DELETE ? null : value(event),
            event.getRevision(),
            event.getScopeActivityInstanceId());
    facts
        .current()
        .variableChanged(
            sources.process(
                instanceId, instanceId, event.getProcessDefinitionId(), event.getTenantId()),
            change);
  }

  /**
   * The JSON form of the new value; null if it has none (e.g. a file or a serialized Java object).
   */
  private Object value(HistoricVariableUpdateEventEntity event) {
    TypedValueSerializer<?> serializer =
        engine.getVariableSerializers().getSerializerByName(event.getSerializerName());
    if (serializer == null) {
      return null;
    }
    TypedValue typed = serializer.readValue(new HistoricValueFields(event), false, false);
    return values
        .toJson(event.getVariableName(), typed)
        .map(TypedValues.JsonValue::value)
        .orElse(null);
  }

  private static VariableChangeType type(String eventType) {
    if (HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(eventType)) {
      return VariableChangeType.CREATE;
    }
    if (HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(eventType)) {
      return VariableChangeType.UPDATE;
    }
    if (HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(eventType)) {
      return VariableChangeType.DELETE;
    }
    // migrations and update details are no changes of the value
    return null;
  }
}
