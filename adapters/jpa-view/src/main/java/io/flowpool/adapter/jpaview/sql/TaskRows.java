package io.flowpool.adapter.jpaview.sql;

import io.flowpool.adapter.jpaview.json.JsonCodec;
import io.flowpool.common.api.SourceKind;
import io.flowpool.common.api.SourceReference;
import io.flowpool.view.api.TaskView;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;

/** Reads a task from a row of {@link TaskSql#COLUMNS}. */
public final class TaskRows {

  private final JsonCodec json;

  public TaskRows(JsonCodec json) {
    this.json = json;
  }

  public TaskView task(ResultSet row) throws SQLException {
    SourceReference source =
        new SourceReference(
            SourceKind.valueOf(row.getString("source_kind")),
            row.getString("source_instance_id"),
            row.getString("source_execution_id"),
            row.getString("source_definition_id"),
            row.getString("source_definition_key"),
            row.getString("source_name"),
            row.getString("application_name"),
            row.getString("tenant_id"));
    return new TaskView(
        row.getString("id"),
        source,
        row.getString("task_definition_key"),
        row.getString("form_key"),
        row.getString("business_key"),
        json.readPayload(row.getString("payload")),
        json.readCorrelations(row.getString("correlations")),
        row.getString("assignee"),
        texts(row.getArray("candidate_users")),
        texts(row.getArray("candidate_groups")),
        instant(row, "create_time"),
        row.getString("description"),
        instant(row, "due_date"),
        instant(row, "follow_up_date"),
        row.getString("name"),
        row.getString("owner"),
        row.getInt("priority"),
        row.getLong("version"));
  }

  private static Set<String> texts(Array array) throws SQLException {
    return Set.copyOf(Arrays.asList((String[]) array.getArray()));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
