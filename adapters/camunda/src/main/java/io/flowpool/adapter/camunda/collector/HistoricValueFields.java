package io.flowpool.adapter.camunda.collector;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;

/** The stored fields of a variable as a history event carries them, for a serializer to read. */
final class HistoricValueFields implements ValueFields {

  private final HistoricVariableUpdateEventEntity event;

  HistoricValueFields(HistoricVariableUpdateEventEntity event) {
    this.event = event;
  }

  @Override
  public String getName() {
    return event.getVariableName();
  }

  @Override
  public String getTextValue() {
    return event.getTextValue();
  }

  @Override
  public String getTextValue2() {
    return event.getTextValue2();
  }

  @Override
  public Long getLongValue() {
    return event.getLongValue();
  }

  @Override
  public Double getDoubleValue() {
    return event.getDoubleValue();
  }

  @Override
  public byte[] getByteArrayValue() {
    return event.getByteValue();
  }

  @Override
  public void setTextValue(String textValue) {
    throw readOnly();
  }

  @Override
  public void setTextValue2(String textValue2) {
    throw readOnly();
  }

  @Override
  public void setLongValue(Long longValue) {
    throw readOnly();
  }

  @Override
  public void setDoubleValue(Double doubleValue) {
    throw readOnly();
  }

  @Override
  public void setByteArrayValue(byte[] bytes) {
    throw readOnly();
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("a history event's value is read, never written");
  }
}
