package io.flowpool.app.singlenode;

import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import io.flowpool.view.port.out.TaskInteractionGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On a single node a user's action goes straight to the local Axon command bus: the engine that
 * owns every task is this one.
 */
@Configuration(proxyBeanMethods = false)
class LocalTaskInteractions {

  @Bean
  TaskInteractionGateway localTaskInteractionGateway(TaskpoolCommandDispatcher dispatcher) {
    return (command, owner) -> dispatcher.dispatch(command);
  }
}
