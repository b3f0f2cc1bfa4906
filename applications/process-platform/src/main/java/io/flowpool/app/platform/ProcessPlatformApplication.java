package io.flowpool.app.platform;

import io.flowpool.app.tasklist.TasklistConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The process platform: the view of every process application's tasks, data entries and processes,
 * fed from RabbitMQ, and the tasklist API over it. Users' actions go back over RabbitMQ to the
 * owning engine (the RabbitMQ adapter's engine-command gateway).
 */
@SpringBootApplication
@Import(TasklistConfiguration.class)
public class ProcessPlatformApplication {

  public static void main(String[] args) {
    SpringApplication.run(ProcessPlatformApplication.class, args);
  }
}
