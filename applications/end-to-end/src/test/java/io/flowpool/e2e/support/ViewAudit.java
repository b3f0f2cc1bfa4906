package io.flowpool.e2e.support;

import io.flowpool.common.testing.PostgresTestDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the platform's view with every engine's runtime tasks ({@code ACT_RU_TASK} with its
 * assignee and candidate identity links): which tasks the view lost, holds twice, holds without an
 * engine task, or holds with another assignee or other candidates.
 */
public final class ViewAudit {

  /** A task's id, assignee and candidates, as the engine or the view has them. */
  public record TaskState(
      String id, String assignee, Set<String> candidateUsers, Set<String> candidateGroups) {}

  /** What differs; all empty means the view equals the engines. */
  public record Result(
      int engineTasks,
      List<String> lost,
      List<String> duplicated,
      List<String> unexpected,
      List<String> mismatched) {

    public boolean consistent() {
      return lost.isEmpty() && duplicated.isEmpty() && unexpected.isEmpty() && mismatched.isEmpty();
    }

    @Override
    public String toString() {
      return "engine tasks "
          + engineTasks
          + ", lost "
          + lost.size()
          + lost
          + ", duplicated "
          + duplicated.size()
          + duplicated
          + ", unexpected "
          + unexpected.size()
          + unexpected
          + ", mismatched "
          + mismatched.size()
          + mismatched;
    }
  }

  private ViewAudit() {}

  /**
   * @param engines each engine's database, by application name
   * @param platform the platform's database
   */
  public static Result compare(
      Map<String, PostgresTestDatabase> engines, PostgresTestDatabase platform) {
    Map<String, TaskState> expected = new HashMap<>();
    for (Map.Entry<String, PostgresTestDatabase> engine : engines.entrySet()) {
      for (TaskState task : engineTasks(engine.getValue())) {
        expected.put(engine.getKey() + "/" + task.id(), task);
      }
    }
    Map<String, List<TaskState>> viewed = new HashMap<>();
    for (Map.Entry<String, TaskState> row : viewTasks(platform)) {
      viewed.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue());
    }
    List<String> lost = new ArrayList<>();
    List<String> duplicated = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    List<String> mismatched = new ArrayList<>();
    expected.forEach(
        (key, task) -> {
          List<TaskState> inView = viewed.get(key);
          if (inView == null) {
            lost.add(key);
          } else if (!Objects.equals(inView.get(0), task)) {
            mismatched.add(key + ": engine " + task + ", view " + inView.get(0));
          }
        });
    viewed.forEach(
        (key, rows) -> {
          if (rows.size() > 1) {
            duplicated.add(key);
          }
          if (!expected.containsKey(key)) {
            unexpected.add(key);
          }
        });
    return new Result(expected.size(), lost, duplicated, unexpected, mismatched);
  }

  private static List<TaskState> engineTasks(PostgresTestDatabase database) {
    Map<String, String> assignees = new HashMap<>();
    Map<String, Set<String>> users = new HashMap<>();
    Map<String, Set<String>> groups = new HashMap<>();
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      try (ResultSet tasks = statement.executeQuery("select id_, assignee_ from act_ru_task")) {
        while (tasks.next()) {
          assignees.put(tasks.getString(1), tasks.getString(2));
        }
      }
      try (ResultSet links =
          statement.executeQuery(
              "select task_id_, user_id_, group_id_ from act_ru_identitylink"
                  + " where task_id_ is not null and type_ = 'candidate'")) {
        while (links.next()) {
          String task = links.getString(1);
          if (links.getString(2) != null) {
            users.computeIfAbsent(task, key -> new TreeSet<>()).add(links.getString(2));
          }
          if (links.getString(3) != null) {
            groups.computeIfAbsent(task, key -> new TreeSet<>()).add(links.getString(3));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the tasks of " + database.name(), e);
    }
    List<TaskState> tasks = new ArrayList<>();
    assignees.forEach(
        (id, assignee) ->
            tasks.add(
                new TaskState(
                    id,
                    assignee,
                    users.getOrDefault(id, new TreeSet<>()),
                    groups.getOrDefault(id, new TreeSet<>()))));
    return tasks;
  }

  private static List<Map.Entry<String, TaskState>> viewTasks(PostgresTestDatabase database) {
    List<Map.Entry<String, TaskState>> rows = new ArrayList<>();
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        ResultSet tasks =
            statement.executeQuery(
                "select application_name, id, assignee, candidate_users, candidate_groups"
                    + " from fp_task")) {
      while (tasks.next()) {
        rows.add(
            Map.entry(
                tasks.getString(1) + "/" + tasks.getString(2),
                new TaskState(
                    tasks.getString(2),
                    tasks.getString(3),
                    strings(tasks.getArray(4)),
                    strings(tasks.getArray(5)))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the view in " + database.name(), e);
    }
    return rows;
  }

  static Connection connect(PostgresTestDatabase database) throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl(), database.username(), database.password());
  }

  private static Set<String> strings(Array array) throws SQLException {
    Set<String> values = new TreeSet<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        values.add((String) value);
      }
    }
    return values;
  }
}
