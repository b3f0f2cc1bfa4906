package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.ProcessSamples.INSTANCE_ID;
import static io.flowpool.taskpool.testing.ProcessSamples.INSTANCE_SCOPE;
import static io.flowpool.taskpool.testing.ProcessSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.ProcessSamples.cancelled;
import static io.flowpool.taskpool.testing.ProcessSamples.change;
import static io.flowpool.taskpool.testing.ProcessSamples.changeVariables;
import static io.flowpool.taskpool.testing.ProcessSamples.created;
import static io.flowpool.taskpool.testing.ProcessSamples.deleted;
import static io.flowpool.taskpool.testing.ProcessSamples.finished;
import static io.flowpool.taskpool.testing.ProcessSamples.start;
import static io.flowpool.taskpool.testing.ProcessSamples.started;
import static io.flowpool.taskpool.testing.ProcessSamples.suspended;
import static io.flowpool.taskpool.testing.ProcessSamples.updated;
import static io.flowpool.taskpool.testing.ProcessSamples.variablesChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Variable changes are recorded in the order the engine reported them, even before the start; after
 * the end they change nothing, and they are never refused.
 */
class ProcessVariableChangeTest {

  private static final String SUB_PROCESS_SCOPE = "shipping:" + INSTANCE_ID;

  private final ProcessInstanceDecider decider = new ProcessInstanceDecider();

  @Test
  void variable_changes_before_the_start_emit_changed() {
    scenario(decider, INSTANCE_ID)
        .givenNothing()
        .when(changeVariables(created("orderId", "4711")))
        .then(variablesChanged(created("orderId", "4711")));
  }

  @Test
  void variable_changes_of_a_running_instance_emit_changed_keeping_their_order() {
    scenario(decider, INSTANCE_ID)
        .given(started())
        .when(
            changeVariables(created("amount", 149.9), updated("amount", 150, 1), deleted("coupon")))
        .then(
            variablesChanged(
                created("amount", 149.9), updated("amount", 150, 1), deleted("coupon")));
  }

  @Test
  void variable_changes_of_a_suspended_instance_emit_changed() {
    scenario(decider, INSTANCE_ID)
        .given(started(), suspended())
        .when(changeVariables(updated("approved", true, 1)))
        .then(variablesChanged(updated("approved", true, 1)));
  }

  @Test
  void empty_variable_changes_change_nothing() {
    scenario(decider, INSTANCE_ID).given(started()).when(changeVariables()).thenNothing();
  }

  @Test
  void variable_changes_without_a_change_list_change_nothing() {
    scenario(decider, INSTANCE_ID)
        .given(started())
        .when(new ChangeProcessVariablesCommand(SOURCE_REFERENCE, null))
        .thenNothing();
  }

  @Test
  void variable_changes_of_a_finished_instance_change_nothing() {
    scenario(decider, INSTANCE_ID)
        .given(started(), finished())
        .when(changeVariables(deleted("orderId")))
        .thenNothing();
  }

  @Test
  void variable_changes_of_a_cancelled_instance_change_nothing() {
    scenario(decider, INSTANCE_ID)
        .given(started(), cancelled())
        .when(changeVariables(updated("orderId", "4712", 1)))
        .thenNothing();
  }

  @Test
  void created_variable_holds_its_value() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(started())
            .when(changeVariables(created("orderId", "4711"), created("amount", 149.9)))
            .stateAfter();

    assertThat(instance.variables())
        .containsExactly(
            entry(new ProcessVariableKey("orderId", INSTANCE_SCOPE), "4711"),
            entry(new ProcessVariableKey("amount", INSTANCE_SCOPE), 149.9));
  }

  @Test
  void updated_variable_holds_its_latest_value() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(started(), variablesChanged(created("amount", 149.9)))
            .when(changeVariables(updated("amount", 150, 1), updated("amount", 155, 2)))
            .stateAfter();

    assertThat(instance.variables())
        .containsExactly(entry(new ProcessVariableKey("amount", INSTANCE_SCOPE), 155));
  }

  @Test
  void deleted_variable_is_removed() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(started(), variablesChanged(created("orderId", "4711"), created("coupon", "X")))
            .when(changeVariables(deleted("coupon")))
            .stateAfter();

    assertThat(instance.variables())
        .containsExactly(entry(new ProcessVariableKey("orderId", INSTANCE_SCOPE), "4711"));
  }

  @Test
  void variable_deleted_and_created_again_in_one_change_holds_the_new_value() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(started(), variablesChanged(created("coupon", "X")))
            .when(changeVariables(deleted("coupon"), created("coupon", "Y")))
            .stateAfter();

    assertThat(instance.variables())
        .containsExactly(entry(new ProcessVariableKey("coupon", INSTANCE_SCOPE), "Y"));
  }

  @Test
  void variables_of_the_same_name_in_different_scopes_are_kept_apart() {
    VariableChange local =
        change(VariableChangeType.CREATE, "status", "packing", 0, SUB_PROCESS_SCOPE);

    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(started(), variablesChanged(created("status", "approved")))
            .when(changeVariables(local))
            .stateAfter();

    assertThat(instance.variables())
        .containsExactly(
            entry(new ProcessVariableKey("status", INSTANCE_SCOPE), "approved"),
            entry(new ProcessVariableKey("status", SUB_PROCESS_SCOPE), "packing"));
  }

  @Test
  void variable_may_hold_null() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(started())
            .when(changeVariables(created("coupon", null)))
            .stateAfter();

    assertThat(instance.variables())
        .containsExactly(entry(new ProcessVariableKey("coupon", INSTANCE_SCOPE), null));
  }

  @Test
  void variable_holds_nested_json_values() {
    Map<String, Object> customer = Map.of("name", "Ada Lovelace", "tags", List.of("vip"));

    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(started())
            .when(changeVariables(created("customer", customer)))
            .stateAfter();

    assertThat(instance.variables())
        .containsExactly(entry(new ProcessVariableKey("customer", INSTANCE_SCOPE), customer));
  }

  @Test
  void variables_reported_before_the_start_are_kept_by_the_start() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(variablesChanged(created("orderId", "4711")))
            .when(start())
            .stateAfter();

    assertThat(instance.status()).isEqualTo(ProcessInstanceStatus.RUNNING);
    assertThat(instance.variables())
        .containsExactly(entry(new ProcessVariableKey("orderId", INSTANCE_SCOPE), "4711"));
  }

  @Test
  void variables_reported_before_the_start_leave_the_instance_unknown_but_located() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .givenNothing()
            .when(changeVariables(created("orderId", "4711")))
            .stateAfter();

    assertThat(instance.status()).isEqualTo(ProcessInstanceStatus.UNKNOWN);
    assertThat(instance.sourceReference()).isEqualTo(SOURCE_REFERENCE);
  }

  @Test
  void variables_of_an_ended_instance_keep_their_last_values() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID)
            .given(started(), variablesChanged(created("orderId", "4711")), finished())
            .when(changeVariables(deleted("orderId")))
            .stateAfter();

    assertThat(instance.variables())
        .containsExactly(entry(new ProcessVariableKey("orderId", INSTANCE_SCOPE), "4711"));
  }

  @Test
  void deleted_variable_with_a_value_is_refused_naming_the_value() {
    assertThatThrownBy(() -> change(VariableChangeType.DELETE, "coupon", "X", 1, INSTANCE_SCOPE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("value")
        .hasMessageContaining("coupon");
  }

  @Test
  void variable_value_that_is_not_json_is_refused_naming_the_variable() {
    assertThatThrownBy(() -> created("orderedAt", new Date(0)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("orderedAt")
        .hasMessageContaining("java.util.Date");
  }

  @Test
  void nested_variable_value_that_is_not_json_is_refused_naming_its_path() {
    Map<String, Object> order = Map.of("placedAt", new Date(0));

    assertThatThrownBy(() -> updated("order", order, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("order.placedAt");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void variable_change_with_a_blank_name_is_refused_naming_the_field(String name) {
    assertThatThrownBy(
            () -> new VariableChange(VariableChangeType.CREATE, "var-1", name, 1, 0, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("variableName");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void variable_change_with_a_blank_instance_id_is_refused_naming_the_field(String id) {
    assertThatThrownBy(
            () -> new VariableChange(VariableChangeType.CREATE, id, "amount", 1, 0, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("variableInstanceId");
  }

  @Test
  void variable_change_without_a_type_is_refused_naming_the_field() {
    assertThatThrownBy(() -> new VariableChange(null, "var-1", "amount", 1, 0, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("type");
  }

  @Test
  void variable_changes_without_source_reference_are_refused_naming_the_field() {
    assertThatThrownBy(() -> new ChangeProcessVariablesCommand(null, List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sourceReference");
  }
}
