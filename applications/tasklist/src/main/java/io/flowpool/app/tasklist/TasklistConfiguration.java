package io.flowpool.app.singlenode;

import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import io.flowpool.view.port.out.ProjectionProgressStore;
import io.flowpool.view.port.out.TaskInteractionGateway;
import io.flowpool.view.port.out.TaskViewStore;
import io.flowpool.view.port.out.ViewTransactions;
import io.flowpool.view.usecase.DataEntryQueryService;
import io.flowpool.view.usecase.ProcessQueryService;
import io.flowpool.view.usecase.TaskActionService;
import io.flowpool.view.usecase.TaskQueryService;
import io.flowpool.view.usecase.ViewProjectionService;
import io.flowpool.view.usecase.ViewSubscriptionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tasklist's use cases over the view's stores. On a single node a user's action goes straight
 * to the local Axon command bus: the owning engine is this one.
 */
@Configuration(proxyBeanMethods = false)
class TasklistWiring {

  @Bean
  TaskQueryService taskQueries(TaskViewStore tasks) {
    return new TaskQueryService(tasks);
  }

  @Bean
  DataEntryQueryService dataEntryQueries(DataEntryViewStore dataEntries) {
    return new DataEntryQueryService(dataEntries);
  }

  @Bean
  ProcessQueryService processQueries(
      ProcessDefinitionViewStore definitions,
      ProcessInstanceViewStore instances,
      ProcessVariableViewStore variables) {
    return new ProcessQueryService(definitions, instances, variables);
  }

  @Bean
  ViewSubscriptionService viewSubscriptions(TaskViewStore tasks, DataEntryViewStore dataEntries) {
    return new ViewSubscriptionService(tasks, dataEntries);
  }

  @Bean
  ViewProjectionService viewProjection(
      ProjectionProgressStore progress,
      ViewTransactions transactions,
      ViewSubscriptionService subscriptions,
      TaskViewStore tasks,
      DataEntryViewStore dataEntries,
      ProcessDefinitionViewStore definitions,
      ProcessInstanceViewStore instances,
      ProcessVariableViewStore variables) {
    return new ViewProjectionService(
        progress,
        transactions,
        subscriptions,
        tasks,
        dataEntries,
        definitions,
        instances,
        variables);
  }

  @Bean
  TaskInteractionGateway localTaskInteractions(TaskpoolCommandDispatcher dispatcher) {
    return (command, owner) -> dispatcher.dispatch(command);
  }

  @Bean
  TaskActionService taskActions(TaskQueryService tasks, TaskInteractionGateway gateway) {
    return new TaskActionService(tasks, gateway);
  }
}
