package io.flowpool.app.singlenode;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The embedded database's connections get the session settings of the single node's
 * application.yaml, as an external database's would: no JIT compilation, 16MB of work_mem.
 */
class EmbeddedPostgresSessionSettingsTest {

  @TempDir Path dataDir;

  @Test
  void the_embedded_pool_runs_without_jit_compilation_and_with_16MB_work_mem() {
    new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        // binds spring.datasource.hikari.* to the pool, as in the running application
        .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
        .withUserConfiguration(EmbeddedPostgresConfiguration.class)
        .withPropertyValues(
            "flowpool.single-node.embedded-postgres.data-dir=" + dataDir.toAbsolutePath())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
              // PostgreSQL's defaults are on and 4MB
              assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
              assertThat(jdbc.queryForObject("SHOW work_mem", String.class)).isEqualTo("16MB");
            });
  }
}
