package io.flowpool.taskpool.model;

import io.flowpool.common.api.SourceReference;
import io.flowpool.common.api.Values;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one process instance as its decider sees it: its status, where it lives, its
 * business key and its current variables.
 *
 * @param sourceReference null until the first event; the start's reference once started
 * @param businessKey null until an event reports one
 * @param variables the current value of each variable, keyed by name and scope, in the order they
 *     were first created; a value may be null (JSON null)
 */
public record ProcessInstance(
    String instanceId,
    ProcessInstanceStatus status,
    SourceReference sourceReference,
    String businessKey,
    Map<ProcessVariableKey, Object> variables) {

  public ProcessInstance {
    Values.requireText(instanceId, "instanceId");
    Values.require(status, "status");
    // not Map.copyOf: a variable may hold null
    variables =
        variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  /** An instance Flowpool has heard nothing of. */
  public static ProcessInstance unknown(String instanceId) {
    return new ProcessInstance(instanceId, ProcessInstanceStatus.UNKNOWN, null, null, Map.of());
  }

  public boolean isEnded() {
    return status.isEnded();
  }

  /** Started where and with which business key the start reports; variables stay. */
  public ProcessInstance started(SourceReference startedAt, String startBusinessKey) {
    return new ProcessInstance(
        instanceId, ProcessInstanceStatus.RUNNING, startedAt, startBusinessKey, variables);
  }

  /**
   * In the new status. The reference and business key are only filled in if still missing, as for
   * an instance started before Flowpool.
   */
  public ProcessInstance withStatus(
      ProcessInstanceStatus newStatus, SourceReference reportedAt, String reportedBusinessKey) {
    return new ProcessInstance(
        instanceId,
        newStatus,
        sourceReference == null ? reportedAt : sourceReference,
        businessKey == null ? reportedBusinessKey : businessKey,
        variables);
  }

  /** The variables after these changes, applied in order; a delete removes the variable. */
  public ProcessInstance withVariableChanges(
      SourceReference reportedAt, List<VariableChange> changes) {
    Map<ProcessVariableKey, Object> next = new LinkedHashMap<>(variables);
    for (VariableChange change : changes) {
      if (change.type() == VariableChangeType.DELETE) {
        next.remove(ProcessVariableKey.of(change));
      } else {
        next.put(ProcessVariableKey.of(change), change.value());
      }
    }
    return new ProcessInstance(
        instanceId,
        status,
        sourceReference == null ? reportedAt : sourceReference,
        businessKey,
        next);
  }
}
