package io.flowpool.adapter.camunda.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Counts process instances on a connection of its own, outside any running transaction: it sees
 * only what the engine has committed.
 */
public final class CommittedInstances {

  private final DataSource dataSource;

  public CommittedInstances(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long withBusinessKey(String businessKey) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from act_ru_execution where business_key_ = ?"
                    + " and id_ = proc_inst_id_")) {
      query.setString(1, businessKey);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count committed instances", e);
    }
  }
}
