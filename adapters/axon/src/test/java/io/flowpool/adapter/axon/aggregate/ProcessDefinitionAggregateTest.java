package io.flowpool.adapter.axon.aggregate;

import static io.flowpool.taskpool.testing.ProcessSamples.DEFINITION_ID;
import static io.flowpool.taskpool.testing.ProcessSamples.registerOrderProcess;
import static io.flowpool.taskpool.testing.ProcessSamples.registered;
import static io.flowpool.taskpool.testing.ProcessSamples.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.model.ProcessDefinitionDecider;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessDefinitionAggregateTest {

  private AggregateTestFixture<ProcessDefinitionAggregate> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(ProcessDefinitionAggregate.class);
    fixture.registerCommandTargetResolver(new DomainCommandTargetResolver());
    fixture.registerInjectableResource(new ProcessDefinitionDecider());
  }

  @Test
  void registration_of_an_unknown_definition_registers_it_under_the_definition_id() {
    fixture
        .givenNoPriorActivity()
        .when(registerOrderProcess())
        .expectEvents(registered(registerOrderProcess()))
        .expectState(
            definition ->
                assertThat(definition).extracting("processDefinitionId").isEqualTo(DEFINITION_ID));
  }

  @Test
  void registration_with_the_same_content_is_a_no_op() {
    fixture
        .given(registered(registerOrderProcess()))
        .when(registerOrderProcess())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void registration_with_new_starters_registers_again() {
    RegisterProcessDefinitionCommand changed =
        registration(DEFINITION_ID, true, Set.of("kermit", "piggy"), Set.of("sales"));
    fixture
        .given(registered(registerOrderProcess()))
        .when(changed)
        .expectEvents(registered(changed));
  }
}
