package io.flowpool.adapter.camunda.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.flowpool.common.testing.PostgresTestDatabase;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A process application for the collector's integration tests: the Camunda starter on a fresh
 * PostgreSQL database of its own, Flowpool's auto-configuration, and a recording taskpool.
 */
@SpringBootApplication
public class CollectorTestApplication {

  /** Deployed when the application starts; registration.bpmn is left to the tests. */
  static final String[] MODELS = {
    "bpmn/order-approval.bpmn", "bpmn/listener-review.bpmn", "bpmn/simple-task.bpmn"
  };

  @Bean(destroyMethod = "close")
  PostgresTestDatabase flowpoolTestDatabase() {
    return PostgresTestDatabase.create("flowpool_camunda_it");
  }

  // Closed before the database is dropped: it depends on it.
  @Bean(destroyMethod = "close")
  DataSource dataSource(PostgresTestDatabase database) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(database.jdbcUrl());
    dataSource.setUsername(database.username());
    dataSource.setPassword(database.password());
    dataSource.setMaximumPoolSize(6);
    return dataSource;
  }

  @Bean
  RecordingTaskpool recordingTaskpool() {
    return new RecordingTaskpool();
  }

  /** A model's create listener that changes what Flowpool's own listener saw before it. */
  @Bean
  TaskListener changingCreateListener() {
    return task -> {
      task.setName("Review by listener");
      task.setPriority(80);
      task.setAssignee("fozzie");
      task.addCandidateUser("gonzo");
      task.setVariable("reviewer", "fozzie");
    };
  }

  /** A model's update listener that changes the task after Flowpool's own listener ran. */
  @Bean
  TaskListener describingUpdateListener() {
    return task -> task.setDescription("Updated at priority " + task.getPriority());
  }

  @Bean
  ApplicationRunner deployTestModels(RepositoryService repositoryService) {
    return arguments -> {
      var deployment =
          repositoryService.createDeployment().name("collector-it").enableDuplicateFiltering(true);
      for (String model : MODELS) {
        deployment.addClasspathResource(model);
      }
      deployment.deploy();
    };
  }
}
