package io.flowpool.app.tasklist;

import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import io.flowpool.view.port.out.ProjectionProgressStore;
import io.flowpool.view.port.out.TaskInteractionGateway;
import io.flowpool.view.port.out.TaskViewStore;
import io.flowpool.view.port.out.ViewTransactions;
import io.flowpool.view.port.out.ViewUpdateListener;
import io.flowpool.view.usecase.DataEntryQueryService;
import io.flowpool.view.usecase.ProcessQueryService;
import io.flowpool.view.usecase.TaskActionService;
import io.flowpool.view.usecase.TaskQueryService;
import io.flowpool.view.usecase.ViewProjectionService;
import io.flowpool.view.usecase.ViewSubscriptionService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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

  /**
   * After each commit the projection tells every {@link ViewUpdateListener} of the application: on
   * the process platform the RabbitMQ adapter's broadcast to the other platform nodes (it only
   * queues, so it goes first), then this node's live subscriptions; on the single node only these.
   */
  @Bean
  ViewProjectionService viewProjection(
      ProjectionProgressStore progress,
      ViewTransactions transactions,
      ViewSubscriptionService subscriptions,
      ObjectProvider<ViewUpdateListener> listeners,
      TaskViewStore tasks,
      DataEntryViewStore dataEntries,
      ProcessDefinitionViewStore definitions,
      ProcessInstanceViewStore instances,
      ProcessVariableViewStore variables) {
    List<ViewUpdateListener> all = new ArrayList<>();
    listeners.orderedStream().filter(listener -> listener != subscriptions).forEach(all::add);
    all.add(subscriptions);
    return new ViewProjectionService(
        progress,
        transactions,
        all.size() == 1 ? subscriptions : new ViewUpdateListeners(all),
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
