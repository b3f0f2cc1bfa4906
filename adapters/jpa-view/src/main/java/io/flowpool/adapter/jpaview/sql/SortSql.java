package io.flowpool.adapter.jpaview.sql;

import io.flowpool.view.model.AttributeType;
import io.flowpool.view.model.DataEntryAttribute;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.SortKey;
import io.flowpool.view.model.SortOrder;
import io.flowpool.view.model.TaskAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * The ORDER BY of a {@link SortOrder} as {@code ViewOrdering} defines it: absent values last in
 * either direction, texts by code point, and a payload value first by its kind (text, number,
 * boolean, other) and then within its kind, which takes five expressions per payload key.
 */
final class SortSql {

  private SortSql() {}

  /** One ORDER BY expression and its direction. */
  record Expression(String sql, boolean ascending) {

    /** The ordering term for a reference to this expression (itself or a column alias). */
    String orderBy(String reference) {
      return reference + (ascending ? " ASC" : " DESC") + " NULLS LAST";
    }
  }

  static List<Expression> tasks(SortOrder order, SqlParameters parameters) {
    List<Expression> expressions = new ArrayList<>();
    for (SortKey key : order.keys()) {
      if (key.field() instanceof TaskAttribute attribute) {
        String column = TaskColumns.column(attribute);
        expressions.add(new Expression(collated(column, attribute.type()), key.ascending()));
      } else {
        expressions.addAll(payload("t.payload", (PayloadPath) key.field(), key, parameters));
      }
    }
    return expressions;
  }

  static List<Expression> dataEntries(SortOrder order, SqlParameters parameters) {
    List<Expression> expressions = new ArrayList<>();
    for (SortKey key : order.keys()) {
      if (key.field() instanceof DataEntryAttribute attribute) {
        String column = DataEntryColumns.column(attribute);
        expressions.add(new Expression(collated(column, attribute.type()), key.ascending()));
      } else {
        expressions.addAll(payload("e.payload", (PayloadPath) key.field(), key, parameters));
      }
    }
    return expressions;
  }

  private static String collated(String column, AttributeType type) {
    return type == AttributeType.TEXT ? column + " COLLATE \"C\"" : column;
  }

  private static List<Expression> payload(
      String json, PayloadPath path, SortKey key, SqlParameters parameters) {
    String first =
        "jsonb_path_query_first("
            + json
            + ", "
            + parameters.bindJsonPath(JsonPaths.values(path))
            + ")";
    return byValue(first, key.ascending());
  }

  /** Orders by a jsonb value: by its kind, then within the kind; SQL NULL or JSON null last. */
  static List<Expression> byValue(String value, boolean ascending) {
    String kind = "jsonb_typeof(" + value + ")";
    return List.of(
        new Expression(
            "CASE "
                + kind
                + " WHEN 'string' THEN 0 WHEN 'number' THEN 1 WHEN 'boolean' THEN 2"
                + " WHEN 'object' THEN 4 WHEN 'array' THEN 4 END",
            ascending),
        new Expression(
            "CASE WHEN " + kind + " = 'string' THEN " + value + " #>> '{}' END COLLATE \"C\"",
            ascending),
        new Expression(
            "CASE WHEN " + kind + " = 'number' THEN (" + value + " #>> '{}')::numeric END",
            ascending),
        new Expression(
            "CASE WHEN " + kind + " = 'boolean' THEN (" + value + " #>> '{}')::boolean END",
            ascending),
        new Expression(
            "CASE WHEN "
                + kind
                + " IN ('object', 'array') THEN "
                + value
                + "::text END"
                + " COLLATE \"C\"",
            ascending));
  }
}
