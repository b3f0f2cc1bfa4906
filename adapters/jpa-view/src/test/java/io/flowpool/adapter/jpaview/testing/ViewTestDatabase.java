package io.flowpool.adapter.jpaview.testing;

import io.flowpool.adapter.jpaview.JpaView;
import io.flowpool.common.testing.PostgresTestDatabase;
import io.flowpool.view.testing.ViewStores;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh PostgreSQL database with the test application on it, for one test class: Flyway creates
 * the view's tables, Hibernate validates its entities against them. {@link #freshStores()} empties
 * the tables for the next test.
 */
public final class ViewTestDatabase implements AutoCloseable {

  private static final String TABLES =
      "fp_task, fp_data_entry_protocol, fp_data_entry, fp_process_definition,"
          + " fp_process_instance, fp_process_variable, fp_projection_progress";

  private final PostgresTestDatabase database;
  private final ConfigurableApplicationContext context;

  private ViewTestDatabase(PostgresTestDatabase database, ConfigurableApplicationContext context) {
    this.database = database;
    this.context = context;
  }

  /** Creates the database and starts the application on it, with extra properties if given. */
  public static ViewTestDatabase start(String prefix, String... properties) {
    PostgresTestDatabase database = PostgresTestDatabase.create(prefix);
    List<String> all = new ArrayList<>();
    all.add("spring.datasource.url=" + database.jdbcUrl());
    all.add("spring.datasource.username=" + database.username());
    all.add("spring.datasource.password=" + database.password());
    all.add("spring.jpa.hibernate.ddl-auto=validate");
    all.add("spring.jpa.open-in-view=false");
    all.add("spring.main.banner-mode=off");
    all.addAll(List.of(properties));
    try {
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(JpaViewTestApplication.class)
              .web(WebApplicationType.NONE)
              .properties(all.toArray(String[]::new))
              .run();
      return new ViewTestDatabase(database, context);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The view's stores over emptied tables. */
  public ViewStores freshStores() {
    jdbc().execute("TRUNCATE " + TABLES);
    JpaView view = context.getBean(JpaView.class);
    return new ViewStores(
        view.tasks(),
        view.dataEntries(),
        view.processDefinitions(),
        view.processInstances(),
        view.processVariables(),
        view.progress(),
        view.transactions());
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  public String name() {
    return database.name();
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      database.close();
    }
  }
}
