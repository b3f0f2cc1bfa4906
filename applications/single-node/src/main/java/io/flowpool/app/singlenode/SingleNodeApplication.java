package io.flowpool.app.singlenode;

import io.flowpool.app.tasklist.TasklistConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Flowpool on one JVM: Camunda engine, collector, Axon core with local buses, one database. */
@SpringBootApplication
@Import(TasklistConfiguration.class)
public class SingleNodeApplication {

  public static void main(String[] args) {
    SpringApplication.run(SingleNodeApplication.class, args);
  }
}
