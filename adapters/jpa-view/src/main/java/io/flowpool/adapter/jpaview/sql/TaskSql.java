package io.flowpool.adapter.jpaview.sql;

import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskFilter;
import io.flowpool.view.model.TaskSelection;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of task queries. A page is one statement: an inner query finds the page's rows, their
 * sort keys and the total (a window count over all matches) with authorization, filters and sort in
 * the database; the outer query joins the full rows of just that page and, for the queries with
 * data entries, aggregates each task's visible correlated entries into a jsonb array.
 *
 * <p>The outer query finds the page's rows by their physical address ({@code ctid}): one page read
 * each instead of a primary key lookup of four. That is safe within one statement: both parts read
 * with the statement's snapshot, and no row version it sees can be removed while it runs. A ctid
 * names a row within one table only, so this holds while {@code fp_task} is a plain table (not
 * partitioned, no inheritance children).
 */
public final class TaskSql {

  /** The columns {@link TaskRows} reads, of alias {@code t}. */
  static final String COLUMNS =
      "t.id, t.source_kind, t.source_instance_id, t.source_execution_id, t.source_definition_id,"
          + " t.source_definition_key, t.source_name, t.application_name, t.tenant_id,"
          + " t.task_definition_key, t.form_key, t.business_key, t.payload, t.correlations,"
          + " t.assignee, t.candidate_users, t.candidate_groups, t.create_time, t.description,"
          + " t.due_date, t.follow_up_date, t.name, t.owner, t.priority, t.version";

  /** The column of a page statement that holds the total count. */
  public static final String TOTAL_COLUMN = "total";

  /** The column that holds a task's visible correlated data entries, a jsonb array. */
  public static final String ENTRIES_COLUMN = "data_entries";

  private TaskSql() {}

  /** The page of the selection; each row carries the total and, if asked, its data entries. */
  public static SqlStatement page(
      TaskSelection selection, PageRequest page, boolean withDataEntries) {
    SqlParameters parameters = new SqlParameters();
    TaskConditions conditions =
        new TaskConditions(selection.access(), selection.filter(), parameters);
    String where = conditions.where();
    SortSql.Order order = SortSql.tasks(selection.sort(), parameters);
    List<SortSql.Expression> sort = order.expressions();
    List<String> keys = new ArrayList<>();
    List<String> inner = new ArrayList<>();
    List<String> outer = new ArrayList<>();
    for (int i = 0; i < sort.size(); i++) {
      keys.add(sort.get(i).sql() + " AS s" + i);
      inner.add(sort.get(i).orderBy("s" + i));
      outer.add(sort.get(i).orderBy("p.s" + i));
    }
    String entries =
        withDataEntries
            ? ", (SELECT coalesce(jsonb_agg("
                + DataEntrySql.ENTRY_JSON
                + " ORDER BY e.entry_type COLLATE \"C\", e.entry_id COLLATE \"C\"), '[]'::jsonb) "
                + conditions.visibleEntries()
                + ") AS data_entries"
            : "";
    String sql =
        "SELECT "
            + COLUMNS
            + ", p.total"
            + entries
            + " FROM (SELECT "
            // a sub-select of order.from has the row's ctid as a column of its own
            + (order.readsPayload() ? "t.fp_row_id AS row_id, " : "t.ctid AS row_id, ")
            + String.join(", ", keys)
            + ", count(*) OVER () AS total FROM "
            + order.from("fp_task", "t", where, "t.ctid AS fp_row_id")
            + " ORDER BY "
            + String.join(", ", inner)
            + " LIMIT "
            + parameters.bind(page.size())
            + " OFFSET "
            + parameters.bind(page.offset())
            + ") AS p JOIN fp_task t ON t.ctid = p.row_id ORDER BY "
            + String.join(", ", outer);
    return new SqlStatement(sql, parameters.source());
  }

  /** How many tasks the selection admits: for a page beyond the last, which has no rows. */
  public static SqlStatement count(TaskSelection selection) {
    SqlParameters parameters = new SqlParameters();
    TaskConditions conditions =
        new TaskConditions(selection.access(), selection.filter(), parameters);
    String sql = "SELECT count(*) FROM fp_task t WHERE " + conditions.where();
    return new SqlStatement(sql, parameters.source());
  }

  /** Every distinct leaf path of the payloads of the admitted tasks, sorted. */
  public static SqlStatement payloadPaths(TaskAccess access) {
    SqlParameters parameters = new SqlParameters();
    String admitted = new TaskConditions(access, TaskFilter.NONE, parameters).access();
    // A node is a path with its value if that is a map or a list, to be descended into, or with
    // NULL if it is a leaf. The first level, where most leaves are, is made DISTINCT: the leaves
    // of all admitted tasks collapse into one row per path there, instead of one row per value
    // (the tasks of a user in 200 groups had 935,000 of them, written to a temporary file and
    // each descended into for nothing). Not UNION instead of UNION ALL: that hash table is held
    // in memory whole, and maps with a different value in every task would fill it.
    String sql =
        "WITH RECURSIVE node(path, value) AS (SELECT DISTINCT o.key, "
            + container("o.value")
            + " FROM fp_task t CROSS JOIN LATERAL jsonb_each(t.payload) AS o(key, value) WHERE "
            + admitted
            + " UNION ALL SELECT c.path, "
            + container("c.value")
            + " FROM node n CROSS JOIN LATERAL (SELECT n.path || '.' || o.key AS path, o.value"
            + " FROM jsonb_each(CASE WHEN jsonb_typeof(n.value) = 'object' THEN n.value ELSE"
            + " '{}'::jsonb END) AS o(key, value) UNION ALL SELECT n.path, a.value FROM"
            + " jsonb_array_elements(CASE WHEN jsonb_typeof(n.value) = 'array' THEN n.value ELSE"
            + " '[]'::jsonb END) AS a(value)) AS c WHERE n.value IS NOT NULL) SELECT DISTINCT path"
            + " COLLATE \"C\" AS path FROM node WHERE value IS NULL ORDER BY path";
    return new SqlStatement(sql, parameters.source());
  }

  /** The value if it is a map or a list, which a payload path descends into; NULL for a leaf. */
  private static String container(String value) {
    return "CASE WHEN jsonb_typeof(" + value + ") IN ('object', 'array') THEN " + value + " END";
  }

  /** Up to {@code limit} distinct scalar values at the path in the admitted tasks, ordered. */
  public static SqlStatement payloadValues(TaskAccess access, PayloadPath path, int limit) {
    SqlParameters parameters = new SqlParameters();
    String admitted = new TaskConditions(access, TaskFilter.NONE, parameters).access();
    List<String> order = new ArrayList<>();
    SortSql.byValue("d.x", true)
        .forEach(expression -> order.add(expression.orderBy(expression.sql())));
    String sql =
        "SELECT d.x FROM (SELECT DISTINCT v.x FROM fp_task t CROSS JOIN LATERAL"
            + " jsonb_path_query(t.payload, "
            + parameters.bindJsonPath(JsonPaths.values(path))
            + ") AS v(x) WHERE "
            + admitted
            + " AND jsonb_typeof(v.x) IN ('string', 'number', 'boolean')) AS d ORDER BY "
            + String.join(", ", order)
            + " LIMIT "
            + parameters.bind(limit);
    return new SqlStatement(sql, parameters.source());
  }

  /** Every task whose correlations contain this one (an indexed jsonb containment). */
  public static SqlStatement correlatedWith(String correlationJson) {
    SqlParameters parameters = new SqlParameters();
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM fp_task t WHERE t.correlations @> "
            + parameters.bindJson(correlationJson);
    return new SqlStatement(sql, parameters.source());
  }

  /** The number of tasks per application, by application name. */
  public static SqlStatement countByApplication() {
    return new SqlStatement(
        "SELECT t.application_name, count(*) AS tasks FROM fp_task t GROUP BY"
            + " t.application_name ORDER BY t.application_name COLLATE \"C\"",
        new SqlParameters().source());
  }
}
