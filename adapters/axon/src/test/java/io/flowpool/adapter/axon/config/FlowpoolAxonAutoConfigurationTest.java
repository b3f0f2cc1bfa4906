package io.flowpool.adapter.axon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.flowpool.adapter.axon.dispatch.AfterCommitDataEntryCommandDispatcher;
import io.flowpool.adapter.axon.dispatch.AxonDataEntryCommandDispatcher;
import io.flowpool.adapter.axon.dispatch.AxonTaskpoolCommandDispatcher;
import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.adapter.axon.serialization.DomainEventRevisions;
import io.flowpool.datapool.port.in.SendDataEntryUseCase;
import io.flowpool.datapool.port.out.DataEntryCommandDispatcher;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.RevisionResolver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;

class FlowpoolAxonAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(FlowpoolAxonAutoConfiguration.class))
          .withBean(CommandGateway.class, () -> mock(CommandGateway.class))
          .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class));

  @Test
  void domain_ports_are_served_through_axon() {
    runner.run(
        context -> {
          assertThat(context)
              .getBean(TaskpoolCommandDispatcher.class)
              .isInstanceOf(AxonTaskpoolCommandDispatcher.class);
          assertThat(context)
              .getBean(DataEntryCommandDispatcher.class)
              .isInstanceOf(AxonDataEntryCommandDispatcher.class);
          assertThat(context).hasSingleBean(SubmitEngineTransactionUseCase.class);
          assertThat(context).hasSingleBean(SendDataEntryUseCase.class);
          assertThat(context)
              .getBean(RevisionResolver.class)
              .isInstanceOf(DomainEventRevisions.class);
          assertThat(context)
              .getBean(DomainCommandTargetResolver.BEAN_NAME)
              .isInstanceOf(DomainCommandTargetResolver.class);
        });
  }

  @Test
  void data_entries_wait_for_the_commit_when_so_configured() {
    runner
        .withPropertyValues("flowpool.datapool.sender.send-after-commit=true")
        .run(
            context ->
                assertThat(context)
                    .getBean(DataEntryCommandDispatcher.class)
                    .isInstanceOf(AfterCommitDataEntryCommandDispatcher.class));
  }

  @Test
  void an_applications_own_dispatcher_replaces_the_axon_one() {
    DataEntryCommandDispatcher own = command -> {};
    runner
        .withBean("ownDispatcher", DataEntryCommandDispatcher.class, () -> own)
        .run(
            context -> assertThat(context).getBean(DataEntryCommandDispatcher.class).isSameAs(own));
  }
}
