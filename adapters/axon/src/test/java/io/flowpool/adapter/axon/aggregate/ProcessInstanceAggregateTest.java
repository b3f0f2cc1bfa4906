package io.flowpool.adapter.axon.aggregate;

import static io.flowpool.taskpool.testing.ProcessSamples.INSTANCE_ID;
import static io.flowpool.taskpool.testing.ProcessSamples.changeVariables;
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

import io.flowpool.adapter.axon.command.ProcessInstanceCommandBatch;
import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.model.ProcessInstanceDecider;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessInstanceAggregateTest {

  private static final SourceReference OTHER =
      SourceReference.process("pi-other", "pi-other", "invoice:1:d1", "invoice", "Invoice", "app");

  private AggregateTestFixture<ProcessInstanceAggregate> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(ProcessInstanceAggregate.class);
    fixture.registerCommandTargetResolver(new DomainCommandTargetResolver());
    fixture.registerInjectableResource(new ProcessInstanceDecider());
  }

  @Test
  void start_of_an_unknown_instance_starts_it_under_the_instance_id() {
    fixture
        .givenNoPriorActivity()
        .when(start())
        .expectEvents(started())
        .expectState(
            instance ->
                assertThat(instance).extracting("processInstanceId").isEqualTo(INSTANCE_ID));
  }

  @Test
  void repeated_start_is_a_no_op() {
    fixture.given(started()).when(start()).expectSuccessfulHandlerExecution().expectNoEvents();
  }

  @Test
  void resume_of_a_running_instance_is_a_no_op() {
    fixture.given(started()).when(resume()).expectSuccessfulHandlerExecution().expectNoEvents();
  }

  @Test
  void variable_changes_before_the_start_are_kept() {
    fixture
        .givenNoPriorActivity()
        .when(changeVariables(created("amount", 12.5)))
        .expectEvents(variablesChanged(created("amount", 12.5)));
  }

  @Test
  void a_batch_is_decided_command_by_command_in_order() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ProcessInstanceCommandBatch(
                List.of(start(), changeVariables(created("amount", 12.5)), suspend(), start())))
        .expectEvents(started(), variablesChanged(created("amount", 12.5)), suspended())
        .expectState(
            instance ->
                assertThat(instance).extracting("processInstanceId").isEqualTo(INSTANCE_ID));
  }

  @Test
  void a_batch_for_a_known_instance_decides_on_its_stored_state() {
    fixture
        .given(started(), suspended())
        .when(
            new ProcessInstanceCommandBatch(
                List.of(start(), resume(), changeVariables(created("amount", 12.5)))))
        .expectEvents(resumed(), variablesChanged(created("amount", 12.5)));
  }

  @Test
  void a_batch_of_commands_of_several_instances_is_refused_before_it_is_sent() {
    assertThatThrownBy(
            () ->
                new ProcessInstanceCommandBatch(
                    List.of(start(), new FinishProcessInstanceCommand(OTHER, null, null, "end"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one process instance");
    assertThatThrownBy(() -> new ProcessInstanceCommandBatch(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void suspend_of_a_running_instance_suspends_it() {
    fixture.given(started()).when(suspend()).expectEvents(suspended());
  }

  @Test
  void finish_of_a_suspended_instance_finishes_it() {
    fixture.given(started(), suspended()).when(finish()).expectEvents(finished());
  }
}
