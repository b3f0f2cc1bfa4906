package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.ProcessSamples.DEFINITION_ID;
import static io.flowpool.taskpool.testing.ProcessSamples.DEFINITION_KEY;
import static io.flowpool.taskpool.testing.ProcessSamples.registerOrderProcess;
import static io.flowpool.taskpool.testing.ProcessSamples.registered;
import static io.flowpool.taskpool.testing.ProcessSamples.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Registering a process definition is idempotent: the same content again changes nothing, changed
 * content is registered anew.
 */
class ProcessDefinitionRegistrationTest {

  private final ProcessDefinitionDecider decider = new ProcessDefinitionDecider();

  @Test
  void first_registration_emits_registered_mirroring_the_command() {
    scenario(decider, DEFINITION_ID)
        .givenNothing()
        .when(registerOrderProcess())
        .then(registered(registerOrderProcess()));
  }

  @Test
  void repeated_registration_with_identical_content_changes_nothing() {
    scenario(decider, DEFINITION_ID)
        .given(registered(registerOrderProcess()))
        .when(registerOrderProcess())
        .thenNothing();
  }

  @Test
  void registration_with_changed_candidate_starters_emits_registered_again() {
    RegisterProcessDefinitionCommand moreStarters =
        registration(DEFINITION_ID, true, Set.of("kermit", "piggy"), Set.of("sales"));

    scenario(decider, DEFINITION_ID)
        .given(registered(registerOrderProcess()))
        .when(moreStarters)
        .then(registered(moreStarters));
  }

  @Test
  void registration_with_changed_startable_flag_emits_registered_again() {
    RegisterProcessDefinitionCommand notStartable =
        registration(DEFINITION_ID, false, Set.of("kermit"), Set.of("sales"));

    scenario(decider, DEFINITION_ID)
        .given(registered(registerOrderProcess()))
        .when(notStartable)
        .then(registered(notStartable));
  }

  @Test
  void registration_is_compared_with_the_latest_content_only() {
    RegisterProcessDefinitionCommand notStartable =
        registration(DEFINITION_ID, false, Set.of("kermit"), Set.of("sales"));

    scenario(decider, DEFINITION_ID)
        .given(registered(registerOrderProcess()), registered(notStartable))
        .when(registerOrderProcess())
        .then(registered(registerOrderProcess()));
  }

  @Test
  void registered_event_becomes_the_latest_content() {
    RegisterProcessDefinitionCommand notStartable =
        registration(DEFINITION_ID, false, Set.of("kermit"), Set.of("sales"));

    ProcessDefinition definition =
        scenario(decider, DEFINITION_ID)
            .given(registered(registerOrderProcess()))
            .when(notStartable)
            .stateAfter();

    assertThat(definition.isRegistered()).isTrue();
    assertThat(definition.lastRegistered()).isEqualTo(registered(notStartable));
  }

  @Test
  void unregistered_definition_has_no_content() {
    ProcessDefinition definition = decider.initialState(DEFINITION_ID);

    assertThat(definition.isRegistered()).isFalse();
    assertThat(definition.lastRegistered()).isNull();
  }

  @Test
  void registration_of_another_definition_is_refused_as_mismatch() {
    scenario(decider, "order-process:2:9")
        .given(
            registered(registration("order-process:2:9", true, Set.of("kermit"), Set.of("sales"))))
        .when(registerOrderProcess())
        .thenRefused("PROCESS_DEFINITION_MISMATCH");
  }

  @Test
  void registration_of_another_definition_is_refused_even_before_the_first_registration() {
    scenario(decider, "order-process:2:9")
        .givenNothing()
        .when(registerOrderProcess())
        .thenRefused("PROCESS_DEFINITION_MISMATCH");
  }

  @Test
  void refusal_as_mismatch_names_both_definitions() {
    ProcessDefinition other = decider.initialState("order-process:2:9");

    assertThatThrownBy(() -> decider.decide(registerOrderProcess(), other))
        .isInstanceOf(ProcessDefinitionMismatchException.class)
        .hasMessageContaining(DEFINITION_ID)
        .hasMessageContaining("order-process:2:9");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void registration_with_a_blank_definition_id_is_refused_naming_the_field(String definitionId) {
    assertThatThrownBy(() -> registration(definitionId, true, Set.of(), Set.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("processDefinitionId");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void registration_with_a_blank_definition_key_is_refused_naming_the_field(String key) {
    assertThatThrownBy(() -> registrationWith(key, "order-application"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("processDefinitionKey");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void registration_with_a_blank_application_name_is_refused_naming_the_field(String application) {
    assertThatThrownBy(() -> registrationWith(DEFINITION_KEY, application))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("applicationName");
  }

  @Test
  void registration_with_a_blank_candidate_starter_is_refused_naming_the_field() {
    assertThatThrownBy(() -> registration(DEFINITION_ID, true, Set.of(" "), Set.of("sales")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("candidateStarterUsers");
  }

  @Test
  void registration_without_a_process_name_is_named_after_its_key() {
    assertThat(registrationWith(DEFINITION_KEY, "order-application").processName())
        .isEqualTo(DEFINITION_KEY);
  }

  private static RegisterProcessDefinitionCommand registrationWith(
      String definitionKey, String applicationName) {
    return new RegisterProcessDefinitionCommand(
        DEFINITION_ID,
        definitionKey,
        1,
        applicationName,
        null,
        null,
        null,
        null,
        false,
        null,
        null);
  }
}
