package io.flowpool.adapter.jpaview.testing;

import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills {@code fp_task} with generated tasks in one SQL statement, the way a large tasklist looks:
 * 2,000 groups with 1–3 candidate groups per task, a candidate user on one task in ten and an
 * assignee on another one in ten (5,000 users), five payload attributes among them {@code
 * customer=cust_N} over 1,000 customers, due dates spread over half a year (one in twenty without).
 * Group names are {@code group_<0..1999>}, users {@code user_<0..4999>}. Each task has its access
 * keys, computed in SQL by the function that migration 2.1.1 backfills older tasks with.
 */
public final class SyntheticTasks {

  public static final int GROUPS = 2_000;
  public static final int USERS = 5_000;
  public static final int CUSTOMERS = 1_000;

  private static final String INSERT =
      """
      INSERT INTO fp_task (id, source_kind, source_instance_id, source_execution_id,
          source_definition_id, source_definition_key, source_name, application_name, tenant_id,
          task_definition_key, form_key, business_key, payload, correlations, assignee,
          candidate_users, candidate_groups, principals, access_keys, create_time, description, due_date,
          follow_up_date, name, owner, priority, version)
      SELECT g.id, 'PROCESS', 'instance-' || g.n, 'execution-' || g.n,
          'process_' || g.n % 20 || ':1:1', 'process_' || g.n % 20, 'Process ' || g.n % 20,
          'app_' || g.n % 5, NULL, 'task_' || g.n % 50, 'form_' || g.n % 50, 'B-' || g.n,
          g.payload, '{}'::jsonb, g.assignee, g.users, g.groups, g.principals,
          -- the migration's function, TaskAccessKeys.ofTask for such flat payloads
          fp_flat_payload_access_keys(g.principals, g.payload),
          g.created, 'Generated task ' || g.n, g.due, NULL, 'Task ' || g.n % 50, NULL,
          g.n % 100, 0
      FROM (
        SELECT f.*,
          ARRAY(SELECT 'user:' || u FROM unnest(f.users) u)
            || ARRAY(SELECT 'group:' || x FROM unnest(f.groups) x)
            || CASE WHEN f.assignee IS NULL THEN '{}'::text[] ELSE ARRAY['assignee:' || f.assignee] END
            AS principals
        FROM (
          SELECT s.n, 'task-' || s.n AS id,
            ARRAY(SELECT DISTINCT 'group_' || floor(random() * GROUPS)::int
                  FROM generate_series(0, s.n % 3) WHERE s.n IS NOT NULL) AS groups,
            CASE WHEN random() < 0.1 THEN ARRAY['user_' || floor(random() * USERS)::int]
                 ELSE '{}'::text[] END AS users,
            CASE WHEN random() < 0.1 THEN 'user_' || floor(random() * USERS)::int END AS assignee,
            jsonb_build_object(
              'customer', 'cust_' || floor(random() * CUSTOMERS)::int,
              'amount', round((random() * 10000)::numeric, 2),
              'region', (ARRAY['north', 'south', 'east', 'west', 'central'])[1 + floor(random() * 5)::int],
              'orderId', 'order-' || s.n,
              'urgent', random() < 0.1) AS payload,
            timestamptz '2026-01-01T00:00:00Z' + random() * interval '90 days' AS created,
            CASE WHEN random() < 0.05 THEN NULL
                 ELSE timestamptz '2026-01-01T00:00:00Z' + random() * interval '180 days' END AS due
          FROM generate_series(FIRST, LAST) AS s(n)
        ) AS f
      ) AS g
      """;

  private SyntheticTasks() {}

  /**
   * Inserts tasks {@code task-<from>} to {@code task-<to>}, both included. The same range always
   * gets the same tasks: the random generator is seeded from {@code from} on the connection that
   * inserts, so that benchmark runs compare code, not data.
   */
  public static void insert(JdbcTemplate jdbc, long from, long to) {
    String insert =
        INSERT
            .replace("GROUPS", String.valueOf(GROUPS))
            .replace("USERS", String.valueOf(USERS))
            .replace("CUSTOMERS", String.valueOf(CUSTOMERS))
            .replace("FIRST", String.valueOf(from))
            .replace("LAST", String.valueOf(to));
    jdbc.execute(
        (ConnectionCallback<Void>)
            connection -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT setseed(" + seed(from) + ")");
                statement.execute(insert);
              }
              return null;
            });
  }

  /** A seed in [0, 1) (setseed takes -1 to 1) that differs for every range start. */
  private static double seed(long from) {
    return (from % 1_000_003) / 1_000_003.0;
  }

  /** Lets the planner know the data: run after loading. */
  public static void analyze(JdbcTemplate jdbc) {
    jdbc.execute("ANALYZE fp_task");
  }
}
