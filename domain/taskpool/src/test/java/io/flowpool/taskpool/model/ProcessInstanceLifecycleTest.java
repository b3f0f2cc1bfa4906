package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.ProcessSamples.BUSINESS_KEY;
import static io.flowpool.taskpool.testing.ProcessSamples.INSTANCE_ID;
import static io.flowpool.taskpool.testing.ProcessSamples.SOURCE_REFERENCE;
import static io.flowpool.taskpool.testing.ProcessSamples.cancel;
import static io.flowpool.taskpool.testing.ProcessSamples.cancelled;
import static io.flowpool.taskpool.testing.ProcessSamples.created;
import static io.flowpool.taskpool.testing.ProcessSamples.finish;
import static io.flowpool.taskpool.testing.ProcessSamples.finished;
import static io.flowpool.taskpool.testing.ProcessSamples.resume;
import static io.flowpool.taskpool.testing.ProcessSamples.resumed;
import static io.flowpool.taskpool.testing.ProcessSamples.start;
import static io.flowpool.taskpool.testing.ProcessSamples.started;
import static io.flowpool.taskpool.testing.ProcessSamples.suspend;
import static io.flowpool.taskpool.testing.ProcessSamples.suspended;
import static io.flowpool.taskpool.testing.ProcessSamples.variablesChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.InvalidValueException;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.CancelProcessInstanceCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceFinishedEvent;
import io.flowpool.taskpool.api.process.ResumeProcessInstanceCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import org.junit.jupiter.api.Test;

/**
 * A process instance follows what the engine reports; nothing is refused, and a report that changes
 * nothing is a no-op.
 */
class ProcessInstanceLifecycleTest {

  private final ProcessInstanceDecider decider = new ProcessInstanceDecider();

  @Test
  void start_of_an_unknown_instance_emits_started() {
    scenario(decider, INSTANCE_ID).givenNothing().when(start()).then(started());
  }

  @Test
  void start_of_an_instance_that_already_has_variables_emits_started() {
    scenario(decider, INSTANCE_ID)
        .given(variablesChanged(created("orderId", "4711")))
        .when(start())
        .then(started());
  }

  @Test
  void repeated_start_of_a_running_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started()).when(start()).thenNothing();
  }

  @Test
  void start_of_a_finished_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started(), finished()).when(start()).thenNothing();
  }

  @Test
  void finish_of_a_running_instance_emits_finished() {
    scenario(decider, INSTANCE_ID).given(started()).when(finish()).then(finished());
  }

  @Test
  void finish_of_a_suspended_instance_emits_finished() {
    scenario(decider, INSTANCE_ID).given(started(), suspended()).when(finish()).then(finished());
  }

  @Test
  void finish_of_an_instance_started_before_flowpool_emits_finished() {
    scenario(decider, INSTANCE_ID).givenNothing().when(finish()).then(finished());
  }

  @Test
  void finish_of_a_finished_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started(), finished()).when(finish()).thenNothing();
  }

  @Test
  void finish_of_a_cancelled_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started(), cancelled()).when(finish()).thenNothing();
  }

  @Test
  void cancel_of_a_running_instance_emits_cancelled_with_the_reason() {
    scenario(decider, INSTANCE_ID).given(started()).when(cancel()).then(cancelled());
  }

  @Test
  void cancel_of_a_suspended_instance_emits_cancelled() {
    scenario(decider, INSTANCE_ID).given(started(), suspended()).when(cancel()).then(cancelled());
  }

  @Test
  void cancel_of_an_instance_started_before_flowpool_emits_cancelled() {
    scenario(decider, INSTANCE_ID).givenNothing().when(cancel()).then(cancelled());
  }

  @Test
  void cancel_of_a_cancelled_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started(), cancelled()).when(cancel()).thenNothing();
  }

  @Test
  void cancel_of_a_finished_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started(), finished()).when(cancel()).thenNothing();
  }

  @Test
  void suspend_of_a_running_instance_emits_suspended() {
    scenario(decider, INSTANCE_ID).given(started()).when(suspend()).then(suspended());
  }

  @Test
  void suspend_of_a_resumed_instance_emits_suspended() {
    scenario(decider, INSTANCE_ID)
        .given(started(), suspended(), resumed())
        .when(suspend())
        .then(suspended());
  }

  @Test
  void suspend_of_a_suspended_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started(), suspended()).when(suspend()).thenNothing();
  }

  @Test
  void suspend_of_an_unknown_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).givenNothing().when(suspend()).thenNothing();
  }

  @Test
  void suspend_of_a_finished_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started(), finished()).when(suspend()).thenNothing();
  }

  @Test
  void resume_of_a_suspended_instance_emits_resumed() {
    scenario(decider, INSTANCE_ID).given(started(), suspended()).when(resume()).then(resumed());
  }

  @Test
  void resume_of_a_running_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started()).when(resume()).thenNothing();
  }

  @Test
  void resume_of_an_unknown_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).givenNothing().when(resume()).thenNothing();
  }

  @Test
  void resume_of_a_cancelled_instance_changes_nothing() {
    scenario(decider, INSTANCE_ID).given(started(), cancelled()).when(resume()).thenNothing();
  }

  @Test
  void unknown_instance_has_no_status_reference_or_variables_yet() {
    ProcessInstance instance = decider.initialState(INSTANCE_ID);

    assertThat(instance.instanceId()).isEqualTo(INSTANCE_ID);
    assertThat(instance.status()).isEqualTo(ProcessInstanceStatus.UNKNOWN);
    assertThat(instance.sourceReference()).isNull();
    assertThat(instance.businessKey()).isNull();
    assertThat(instance.variables()).isEmpty();
  }

  @Test
  void started_event_makes_the_instance_running_with_its_reference_and_business_key() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID).givenNothing().when(start()).stateAfter();

    assertThat(instance.status()).isEqualTo(ProcessInstanceStatus.RUNNING);
    assertThat(instance.sourceReference()).isEqualTo(SOURCE_REFERENCE);
    assertThat(instance.businessKey()).isEqualTo(BUSINESS_KEY);
  }

  @Test
  void suspended_event_suspends_the_instance() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID).given(started()).when(suspend()).stateAfter();

    assertThat(instance.status()).isEqualTo(ProcessInstanceStatus.SUSPENDED);
  }

  @Test
  void resumed_event_makes_the_instance_running_again() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID).given(started(), suspended()).when(resume()).stateAfter();

    assertThat(instance.status()).isEqualTo(ProcessInstanceStatus.RUNNING);
  }

  @Test
  void finished_event_finishes_the_instance() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID).given(started()).when(finish()).stateAfter();

    assertThat(instance.status()).isEqualTo(ProcessInstanceStatus.FINISHED);
    assertThat(instance.isEnded()).isTrue();
  }

  @Test
  void cancelled_event_cancels_the_instance() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID).given(started()).when(cancel()).stateAfter();

    assertThat(instance.status()).isEqualTo(ProcessInstanceStatus.CANCELLED);
    assertThat(instance.isEnded()).isTrue();
  }

  @Test
  void end_of_an_instance_started_before_flowpool_records_its_reference_and_business_key() {
    ProcessInstance instance =
        scenario(decider, INSTANCE_ID).givenNothing().when(finish()).stateAfter();

    assertThat(instance.sourceReference()).isEqualTo(SOURCE_REFERENCE);
    assertThat(instance.businessKey()).isEqualTo(BUSINESS_KEY);
  }

  @Test
  void end_without_business_key_keeps_the_one_from_the_start() {
    ProcessInstance running = decider.evolve(decider.initialState(INSTANCE_ID), started());

    ProcessInstance instance =
        decider.evolve(
            running, new ProcessInstanceFinishedEvent(SOURCE_REFERENCE, null, null, null));

    assertThat(instance.businessKey()).isEqualTo(BUSINESS_KEY);
  }

  @Test
  void instance_commands_without_source_reference_are_refused_naming_the_field() {
    assertThatThrownBy(() -> new StartProcessInstanceCommand(null, BUSINESS_KEY, null, null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sourceReference");
    assertThatThrownBy(() -> new FinishProcessInstanceCommand(null, BUSINESS_KEY, null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sourceReference");
    assertThatThrownBy(() -> new CancelProcessInstanceCommand(null, null, null, null, "withdrawn"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sourceReference");
    assertThatThrownBy(() -> new SuspendProcessInstanceCommand(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sourceReference");
    assertThatThrownBy(() -> new ResumeProcessInstanceCommand(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sourceReference");
  }

  @Test
  void source_reference_with_a_blank_instance_id_is_refused_naming_the_field() {
    assertThatThrownBy(
            () ->
                SourceReference.process(
                    " ", null, "order-process:1:7", "order-process", null, "order-application"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sourceReference.instanceId");
  }

  @Test
  void instance_commands_are_addressed_by_the_instance_id_of_their_reference() {
    assertThat(start().processInstanceId()).isEqualTo(INSTANCE_ID);
    assertThat(cancel().processInstanceId()).isEqualTo(INSTANCE_ID);
  }
}
