package io.flowpool.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database on the machine's PostgreSQL for one test class, dropped again by {@link
 * #close()}. Connection settings come from FLOWPOOL_PG_HOST, FLOWPOOL_PG_PORT, FLOWPOOL_PG_USER and
 * FLOWPOOL_PG_PASSWORD (defaults 127.0.0.1, 5432, postgres, empty). When the server does not
 * answer, the test fails with a message that says how to start it. Needs the PostgreSQL JDBC driver
 * on the test class path.
 */
public final class PostgresTestDatabase implements AutoCloseable {

  private static final String HOST = env("FLOWPOOL_PG_HOST", "127.0.0.1");
  private static final String PORT = env("FLOWPOOL_PG_PORT", "5432");
  private static final String USER = env("FLOWPOOL_PG_USER", "postgres");
  private static final String PASSWORD = env("FLOWPOOL_PG_PASSWORD", "");

  private final String name;

  private PostgresTestDatabase(String name) {
    this.name = name;
  }

  /** Creates a database named after the prefix plus a random suffix. */
  public static PostgresTestDatabase create(String prefix) {
    String name =
        (prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    execute("create database " + name);
    return new PostgresTestDatabase(name);
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return url(name);
  }

  public String username() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  @Override
  public void close() {
    execute("drop database if exists " + name + " with (force)");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + HOST
              + ":"
              + PORT
              + " is needed by this test and refused '"
              + sql
              + "': "
              + e.getMessage()
              + ". Start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main"
              + " start` (or `bash deploy/local/ensure-services.sh`), or point FLOWPOOL_PG_HOST/PORT/"
              + "USER/PASSWORD at another server.",
          e);
    }
  }

  private static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
