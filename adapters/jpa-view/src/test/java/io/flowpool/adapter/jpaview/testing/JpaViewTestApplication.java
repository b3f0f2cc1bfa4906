package io.flowpool.adapter.jpaview.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The smallest application that uses the adapter: a DataSource, JPA, Flyway and this jar. It has an
 * entity of its own ({@link ApplicationNote}) to show that the view's entities join the
 * application's instead of replacing them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JpaViewTestApplication {

  @Bean
  static StatementCounter statementCounter() {
    return new StatementCounter();
  }
}
