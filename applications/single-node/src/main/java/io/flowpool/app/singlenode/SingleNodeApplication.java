package io.flowpool.app.singlenode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Flowpool on one JVM: Camunda engine, collector, Axon core with local buses, one database. */
@SpringBootApplication
public class SingleNodeApplication {

  public static void main(String[] args) {
    SpringApplication.run(SingleNodeApplication.class, args);
  }
}
