package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.entity.TaskEntity;
import io.flowpool.adapter.jpaview.sql.DataEntryJson;
import io.flowpool.adapter.jpaview.sql.SqlStatement;
import io.flowpool.adapter.jpaview.sql.TaskRows;
import io.flowpool.adapter.jpaview.sql.TaskSql;
import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.ApplicationTaskCount;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskSelection;
import io.flowpool.view.port.out.TaskViewStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;

/** Task rows in {@code fp_task}; every query is one SQL statement (two for a page past the end). */
final class JpaTaskViewStore implements TaskViewStore {

  private final ViewDatabase database;
  private final TaskRows rows;
  private final DataEntryJson entries;

  JpaTaskViewStore(ViewDatabase database) {
    this.database = database;
    this.rows = new TaskRows(database.json());
    this.entries = new DataEntryJson(database.json());
  }

  @Override
  public Optional<TaskView> load(String taskId) {
    return Optional.ofNullable(database.entities().find(TaskEntity.class, taskId))
        .map(entity -> entity.toView(database.json()));
  }

  @Override
  public void save(TaskView task) {
    database.write(
        () -> {
          TaskEntity entity = database.entities().find(TaskEntity.class, task.id());
          if (entity == null) {
            entity = new TaskEntity(task.id());
            entity.write(task, database.json());
            database.entities().persist(entity);
          } else {
            entity.write(task, database.json());
          }
        });
  }

  @Override
  public void delete(String taskId) {
    database.write(
        () -> {
          TaskEntity entity = database.entities().find(TaskEntity.class, taskId);
          if (entity != null) {
            database.entities().remove(entity);
          }
        });
  }

  @Override
  public ResultPage<TaskView> find(TaskSelection selection, PageRequest page) {
    return page(selection, page, false, (row, index) -> rows.task(row));
  }

  @Override
  public ResultPage<TaskWithDataEntries> findWithDataEntries(
      TaskSelection selection, PageRequest page) {
    return page(
        selection,
        page,
        true,
        (row, index) ->
            new TaskWithDataEntries(
                rows.task(row), entries.entries(row.getString(TaskSql.ENTRIES_COLUMN))));
  }

  @Override
  public List<ApplicationTaskCount> countByApplication() {
    return database.query(
        TaskSql.countByApplication(),
        (row, index) ->
            new ApplicationTaskCount(row.getString("application_name"), row.getLong("tasks")));
  }

  @Override
  public List<String> payloadPaths(TaskAccess access) {
    return database.query(TaskSql.payloadPaths(access), (row, index) -> row.getString("path"));
  }

  @Override
  public List<Object> payloadValues(TaskAccess access, PayloadPath path, int limit) {
    return database.query(
        TaskSql.payloadValues(access, path, limit),
        (row, index) -> database.json().read(row.getString("x")));
  }

  @Override
  public List<TaskView> findCorrelatedWith(DataIdentity identity) {
    String correlation = database.json().write(Map.of(identity.entryType(), identity.entryId()));
    return database.query(TaskSql.correlatedWith(correlation), (row, index) -> rows.task(row));
  }

  private <T> ResultPage<T> page(
      TaskSelection selection, PageRequest page, boolean withDataEntries, RowMapper<T> item) {
    long[] total = {0};
    List<T> items =
        database.query(
            TaskSql.page(selection, page, withDataEntries),
            (row, index) -> {
              total[0] = row.getLong(TaskSql.TOTAL_COLUMN);
              return item.mapRow(row, index);
            });
    if (items.isEmpty() && page.offset() > 0) {
      SqlStatement count = TaskSql.count(selection);
      total[0] = database.query(count, (row, index) -> row.getLong(1)).get(0);
    }
    return new ResultPage<>(items, page.page(), page.size(), total[0]);
  }
}
