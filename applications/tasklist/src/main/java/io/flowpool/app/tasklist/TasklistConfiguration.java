package io.flowpool.app.tasklist;

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
import org.springframework.context.annotation.Import;

/**
 * The tasklist's use cases over the view's stores (from the PostgreSQL view's auto-configuration),
 * for the HTTP API to serve. The importing application provides the {@link TaskInteractionGateway}:
 * the local command bus on a single node, RabbitMQ on the process platform.
 */
@Configuration(proxyBeanMethods = false)
@Import(DemoUsersWarning.class)
public class TasklistConfiguration {

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
  TaskActionService taskActions(TaskQueryService tasks, TaskInteractionGateway gateway) {
    return new TaskActionService(tasks, gateway);
  }
}
