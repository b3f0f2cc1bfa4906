package io.flowpool.app.singlenode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The single node's embedded database as its application.yaml configures it, on a folder of its
 * own: the session settings of an external database, durable commits, and a clear refusal of a
 * folder that another PostgreSQL holds.
 */
class EmbeddedPostgresConfigurationTest {

  @TempDir Path dataDir;

  private ApplicationContextRunner embeddedDatabase() {
    return new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        // binds spring.datasource.hikari.* to the pool, as in the running application
        .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
        .withUserConfiguration(EmbeddedPostgresConfiguration.class)
        .withPropertyValues(
            "flowpool.single-node.embedded-postgres.data-dir=" + dataDir.toAbsolutePath());
  }

  @Test
  void the_embedded_pool_runs_without_jit_compilation_and_with_16MB_work_mem() {
    embeddedDatabase()
        .run(
            context -> {
              JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
              // PostgreSQL's defaults are on and 4MB
              assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
              assertThat(jdbc.queryForObject("SHOW work_mem", String.class)).isEqualTo("16MB");
            });
  }

  @Test
  void the_embedded_database_flushes_each_commit_to_disk() {
    embeddedDatabase()
        .run(
            context -> {
              JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
              // the library's defaults for tests are off
              assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
              assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class))
                  .isEqualTo("on");
            });
  }

  @Test
  void a_folder_that_a_running_postgresql_holds_is_refused_naming_that_process() {
    embeddedDatabase()
        .run(
            running -> {
              JdbcTemplate jdbc = new JdbcTemplate(running.getBean(DataSource.class));
              jdbc.execute("CREATE TABLE kept (id int)");
              String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();

              embeddedDatabase()
                  .run(
                      second -> {
                        assertThat(second).hasFailed();
                        assertThat(messages(second.getStartupFailure()))
                            .contains("PostgreSQL process " + pid + " (from its postmaster.pid)")
                            .contains("flowpool.single-node.database=external");
                      });

              // the running database is untouched
              assertThat(jdbc.queryForObject("SELECT count(*) FROM kept", Integer.class)).isZero();
            });
  }

  private static String messages(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
    }
    return messages.toString();
  }
}
