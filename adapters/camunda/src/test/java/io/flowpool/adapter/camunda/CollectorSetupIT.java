package io.flowpool.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.adapter.camunda.collector.CollectorSetupException;
import io.flowpool.adapter.camunda.collector.FlowpoolEnginePlugin;
import io.flowpool.adapter.camunda.testing.CollectorTestApplication;
import io.flowpool.adapter.camunda.testing.RecordingTaskpool;
import io.flowpool.taskpool.port.out.EngineTaskActions;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The collector refuses set-ups in which it would silently miss what the engine does. */
class CollectorSetupIT {

  private static ConfigurableApplicationContext start(String... arguments) {
    return new SpringApplicationBuilder(CollectorTestApplication.class).run(arguments);
  }

  @Test
  void history_level_below_full_stops_the_application_with_a_clear_message() {
    assertThatThrownBy(() -> start("--camunda.bpm.history-level=audit"))
        .rootCause()
        .isInstanceOf(CollectorSetupException.class)
        .hasMessageContaining("history level 'audit' does not produce")
        .hasMessageContaining("identity-link-add")
        .hasMessageContaining("camunda.bpm.history-level=full");
  }

  @Test
  void application_without_a_name_stops_with_a_clear_message() {
    assertThatThrownBy(() -> start("--spring.application.name="))
        .rootCause()
        .isInstanceOf(CollectorSetupException.class)
        .hasMessageContaining("flowpool.application-name or spring.application.name");
  }

  @Test
  void switched_off_collector_reports_nothing_and_leaves_the_engine_client() {
    try (ConfigurableApplicationContext context = start("--flowpool.collector.enabled=false")) {
      context.getBean(RuntimeService.class).startProcessInstanceByKey("simple-task");

      assertThat(context.getBean(RecordingTaskpool.class).transactions()).isEmpty();
      assertThat(context.getBeansOfType(FlowpoolEnginePlugin.class)).isEmpty();
      assertThat(context.getBeansOfType(EngineTaskActions.class)).hasSize(1);
    }
  }
}
