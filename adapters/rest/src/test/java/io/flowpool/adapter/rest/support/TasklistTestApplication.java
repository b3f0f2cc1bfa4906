package io.flowpool.adapter.rest.support;

import io.flowpool.view.usecase.DataEntryQueryService;
import io.flowpool.view.usecase.ProcessQueryService;
import io.flowpool.view.usecase.TaskActionService;
import io.flowpool.view.usecase.TaskQueryService;
import io.flowpool.view.usecase.ViewSubscriptionService;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application as the platform wires it: the view's real use case services over in-memory stores,
 * and a recording gateway to the task owners. The REST adapter comes in by auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TasklistTestApplication {

  @Bean
  TestView testView() {
    return new TestView();
  }

  @Bean
  ViewSubscriptionService viewSubscriptions(TestView view) {
    ViewSubscriptionService subscriptions =
        new ViewSubscriptionService(view.tasks, view.dataEntries);
    view.projectTo(subscriptions);
    return subscriptions;
  }

  @Bean
  TaskQueryService taskQueries(TestView view) {
    return new TaskQueryService(view.tasks);
  }

  @Bean
  DataEntryQueryService dataEntryQueries(TestView view) {
    return new DataEntryQueryService(view.dataEntries);
  }

  @Bean
  ProcessQueryService processQueries(TestView view) {
    return new ProcessQueryService(view.processes, view.processes, view.processes);
  }

  @Bean
  RecordingTaskInteractionGateway taskOwners() {
    return new RecordingTaskInteractionGateway();
  }

  @Bean
  TaskActionService taskActions(
      TaskQueryService taskQueries, RecordingTaskInteractionGateway taskOwners) {
    return new TaskActionService(taskQueries, taskOwners);
  }
}
