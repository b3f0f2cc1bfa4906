package io.flowpool.adapter.amqp.enginecommand;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.view.port.out.TaskInteractionGateway;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which side of engine commands a context gets; no broker is contacted. */
class AmqpEngineCommandsAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  RabbitAutoConfiguration.class, AmqpEngineCommandsAutoConfiguration.class))
          .withPropertyValues("spring.rabbitmq.listener.simple.auto-startup=false");

  @Test
  void without_properties_and_dispatcher_there_is_neither_gateway_nor_listener() {
    runner.run(
        context -> {
          assertThat(context).doesNotHaveBean(TaskInteractionGateway.class);
          assertThat(context).doesNotHaveBean(SimpleMessageListenerContainer.class);
        });
  }

  @Test
  void gateway_is_there_when_enabled() {
    runner
        .withPropertyValues("flowpool.amqp.engine-commands.gateway.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(AmqpTaskInteractionGateway.class));
  }

  @Test
  void listener_without_an_application_name_fails_naming_the_properties() {
    runner
        .withBean(RecordingTaskpoolCommandDispatcher.class, RecordingTaskpoolCommandDispatcher::new)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(EngineCommandSetupException.class)
                    .hasMessageContaining("flowpool.application-name"));
  }

  @Test
  void listener_can_be_switched_off() {
    runner
        .withBean(RecordingTaskpoolCommandDispatcher.class, RecordingTaskpoolCommandDispatcher::new)
        .withPropertyValues("flowpool.amqp.engine-commands.listener.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(SimpleMessageListenerContainer.class));
  }
}
