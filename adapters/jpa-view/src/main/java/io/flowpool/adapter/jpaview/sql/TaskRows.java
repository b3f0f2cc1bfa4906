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
import java.util.List;
import java.util.Set;

/**
 * Reads a task from a row that starts with {@link TaskSql#COLUMNS}. Columns are read by position,
 * which the driver answers without the lookup by name that was a percent of a query's time; the
 * positions are taken from {@link TaskSql#COLUMNS} itself.
 */
public final class TaskRows {

  private static final List<String> NAMES =
      Arrays.stream(TaskSql.COLUMNS.split(","))
          .map(column -> column.trim().substring("t.".length()))
          .toList();

  private static final int ID = position("id");
  private static final int SOURCE_KIND = position("source_kind");
  private static final int SOURCE_INSTANCE_ID = position("source_instance_id");
  private static final int SOURCE_EXECUTION_ID = position("source_execution_id");
  private static final int SOURCE_DEFINITION_ID = position("source_definition_id");
  private static final int SOURCE_DEFINITION_KEY = position("source_definition_key");
  private static final int SOURCE_NAME = position("source_name");
  private static final int APPLICATION_NAME = position("application_name");
  private static final int TENANT_ID = position("tenant_id");
  private static final int TASK_DEFINITION_KEY = position("task_definition_key");
  private static final int FORM_KEY = position("form_key");
  private static final int BUSINESS_KEY = position("business_key");
  private static final int PAYLOAD = position("payload");
  private static final int CORRELATIONS = position("correlations");
  private static final int ASSIGNEE = position("assignee");
  private static final int CANDIDATE_USERS = position("candidate_users");
  private static final int CANDIDATE_GROUPS = position("candidate_groups");
  private static final int CREATE_TIME = position("create_time");
  private static final int DESCRIPTION = position("description");
  private static final int DUE_DATE = position("due_date");
  private static final int FOLLOW_UP_DATE = position("follow_up_date");
  private static final int NAME = position("name");
  private static final int OWNER = position("owner");
  private static final int PRIORITY = position("priority");
  private static final int VERSION = position("version");

  private final JsonCodec json;

  public TaskRows(JsonCodec json) {
    this.json = json;
  }

  public TaskView task(ResultSet row) throws SQLException {
    SourceReference source =
        new SourceReference(
            SourceKind.valueOf(row.getString(SOURCE_KIND)),
            row.getString(SOURCE_INSTANCE_ID),
            row.getString(SOURCE_EXECUTION_ID),
            row.getString(SOURCE_DEFINITION_ID),
            row.getString(SOURCE_DEFINITION_KEY),
            row.getString(SOURCE_NAME),
            row.getString(APPLICATION_NAME),
            row.getString(TENANT_ID));
    return new TaskView(
        row.getString(ID),
        source,
        row.getString(TASK_DEFINITION_KEY),
        row.getString(FORM_KEY),
        row.getString(BUSINESS_KEY),
        json.readPayload(row.getString(PAYLOAD)),
        json.readCorrelations(row.getString(CORRELATIONS)),
        row.getString(ASSIGNEE),
        texts(row.getArray(CANDIDATE_USERS)),
        texts(row.getArray(CANDIDATE_GROUPS)),
        instant(row, CREATE_TIME),
        row.getString(DESCRIPTION),
        instant(row, DUE_DATE),
        instant(row, FOLLOW_UP_DATE),
        row.getString(NAME),
        row.getString(OWNER),
        row.getInt(PRIORITY),
        row.getLong(VERSION));
  }

  /** The 1-based position of a column in {@link TaskSql#COLUMNS}. */
  private static int position(String column) {
    int index = NAMES.indexOf(column);
    if (index < 0) {
      throw new IllegalStateException(column + " is not one of TaskSql.COLUMNS");
    }
    return index + 1;
  }

  private static Set<String> texts(Array array) throws SQLException {
    return Set.copyOf(Arrays.asList((String[]) array.getArray()));
  }

  /**
   * A timestamptz as an instant, through OffsetDateTime: a java.sql.Timestamp would be cheaper but
   * uses the Julian calendar before 1582, so an early date would come back days off.
   */
  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
