package io.flowpool.app.processapplication.testing;

import io.flowpool.common.testing.PostgresTestDatabase;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a database of its own on the machine's PostgreSQL, created for the
 * context and dropped after everything else in it has been closed.
 */
public class FreshDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    PostgresTestDatabase database = PostgresTestDatabase.create("flowpool_orders_it");
    TestPropertyValues.of(
            "spring.datasource.url=" + database.jdbcUrl(),
            "spring.datasource.username=" + database.username(),
            "spring.datasource.password=" + database.password())
        .applyTo(context);
    // registered first, so destroyed last: after the engine and the connection pool
    DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
    beans.registerSingleton("flowpoolTestDatabase", database);
    beans.registerDisposableBean("flowpoolTestDatabase", database::close);
  }
}
