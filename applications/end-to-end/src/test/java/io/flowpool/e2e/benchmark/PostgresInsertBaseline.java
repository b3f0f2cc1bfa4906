package io.flowpool.e2e.benchmark;

import io.flowpool.common.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Raw PostgreSQL: rows of a text id and a jsonb payload into a scratch table of the platform's
 * database, one transaction per row (the shape of the view's per-event commits), and in batches for
 * comparison. The table is dropped afterwards.
 */
final class PostgresInsertBaseline {

  record Result(int rows, int rowsPerTransaction, double seconds) {

    double perSecond() {
      return rows / seconds;
    }
  }

  private PostgresInsertBaseline() {}

  static Result run(PostgresTestDatabase database, int rows, int rowsPerTransaction, int bytes) {
    String table = "benchmark_insert_" + UUID.randomUUID().toString().substring(0, 8);
    String payload = "{\"text\": \"" + "x".repeat(Math.max(0, bytes - 12)) + "\"}";
    try (Connection connection =
        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "create table " + table + " (id text primary key, payload jsonb not null)");
      }
      try {
        insert(connection, table, payload, Math.min(500, rows), rowsPerTransaction); // warm-up
        long start = System.nanoTime();
        insert(connection, table, payload, rows, rowsPerTransaction);
        return new Result(rows, rowsPerTransaction, (System.nanoTime() - start) / 1e9);
      } finally {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
          statement.execute("drop table " + table);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL baseline failed: " + e, e);
    }
  }

  private static void insert(
      Connection connection, String table, String payload, int rows, int rowsPerTransaction)
      throws SQLException {
    connection.setAutoCommit(rowsPerTransaction == 1);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into " + table + " (id, payload) values (?, ?::jsonb)")) {
      for (int i = 0; i < rows; i++) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, payload);
        if (rowsPerTransaction == 1) {
          insert.executeUpdate();
        } else {
          insert.addBatch();
          if ((i + 1) % rowsPerTransaction == 0 || i == rows - 1) {
            insert.executeBatch();
            connection.commit();
          }
        }
      }
    }
  }
}
