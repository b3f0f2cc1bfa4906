package io.flowpool.adapter.camunda;

import io.flowpool.adapter.camunda.engineclient.CamundaEngineTaskActions;
import io.flowpool.taskpool.port.in.ApplyTaskInteractionUseCase;
import io.flowpool.taskpool.port.out.EngineTaskActions;
import io.flowpool.taskpool.usecase.ApplyTaskInteractionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The engine client: applies the interaction events addressed to this application (by its
 * application name) to the engine's tasks.
 */
@AutoConfiguration
@ConditionalOnClass(ProcessEngine.class)
@ConditionalOnProperty(
    prefix = "flowpool.engine-client",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties({
  FlowpoolApplicationProperties.class,
  FlowpoolEngineClientProperties.class
})
public class EngineClientAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  EngineTaskActions flowpoolEngineTaskActions(
      ProcessEngine processEngine, FlowpoolEngineClientProperties properties) {
    return new CamundaEngineTaskActions(
        processEngine.getTaskService(),
        processEngine.getIdentityService(),
        properties.isCheckUsers());
  }

  @Bean
  @ConditionalOnMissingBean
  ApplyTaskInteractionUseCase flowpoolApplyTaskInteraction(
      EngineTaskActions engine,
      FlowpoolApplicationProperties application,
      Environment environment) {
    return new ApplyTaskInteractionService(application.resolveApplicationName(environment), engine);
  }
}
