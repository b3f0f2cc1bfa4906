package io.flowpool.app.processapplication;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An example Camunda process application with Flowpool: the starter on the class path is all it
 * takes; this class only holds the example's own processes and business code.
 */
@SpringBootApplication
public class ExampleProcessApplication {

  public static void main(String[] args) {
    SpringApplication.run(ExampleProcessApplication.class, args);
  }

  /** The business code states when things happened; tests replace the clock. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
