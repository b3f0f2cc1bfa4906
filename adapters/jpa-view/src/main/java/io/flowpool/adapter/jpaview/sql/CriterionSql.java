package io.flowpool.adapter.jpaview.sql;

import io.flowpool.view.model.AttributeType;
import io.flowpool.view.model.Criterion;
import io.flowpool.view.model.FilterOperator;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.TextValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one parsed filter into a SQL condition that means what {@code CriterionMatcher} means: the
 * same operators, the same treatment of absent values, texts compared by code point ({@code COLLATE
 * "C"}), and payload values typed by their JSON kind (numbers compare as numbers when the filter
 * value reads as one, texts as texts, booleans only by {@code =} and {@code %}).
 */
final class CriterionSql {

  /**
   * PostgreSQL's jsonb {@code @?} (does the path yield an item), written as JDBC's escape for a
   * question mark that is no placeholder.
   */
  private static final String PATH_MATCHES = " @?? ";

  private static final String SCALAR = "jsonb_typeof(v.x) IN ('string', 'number', 'boolean')";

  private final SqlParameters parameters;

  CriterionSql(SqlParameters parameters) {
    this.parameters = parameters;
  }

  /** A filter on an attribute held by a column; a text search names several. */
  String attribute(AttributeType type, List<String> columns, Criterion criterion) {
    String column = columns.get(0);
    switch (type) {
      case TEXT:
        return text(column, criterion);
      case TEXT_SET:
        return textSet(column, criterion);
      case INSTANT:
      case NUMBER:
        return ordered(column, criterion);
      default:
        // TEXT_SEARCH: any of the columns contains the value
        String part = parameters.bind(criterion.value());
        List<String> any = new ArrayList<>();
        columns.forEach(each -> any.add(contains("coalesce(" + each + ", '')", part)));
        return "(" + String.join(" OR ", any) + ")";
    }
  }

  /** A filter on a payload path of a jsonb column. */
  String payload(String json, PayloadPath path, Criterion criterion) {
    String value = (String) criterion.value();
    switch (criterion.operator()) {
      case EQUALS:
        if (!value.isEmpty()) {
          return json + PATH_MATCHES + parameters.bindJsonPath(JsonPaths.valueEquals(path, value));
        }
        return "(NOT ("
            + json
            + PATH_MATCHES
            + valuesPath(path)
            + ") OR EXISTS ("
            + values(json, path)
            + " WHERE jsonb_typeof(v.x) = 'null' OR v.x = '\"\"'::jsonb))";
      case CONTAINS:
        String matching =
            "EXISTS ("
                + values(json, path)
                + " WHERE "
                + SCALAR
                + " AND "
                + contains("(v.x #>> '{}')", parameters.bind(value))
                + ")";
        if (!value.isEmpty()) {
          return matching;
        }
        return "(NOT ("
            + json
            + PATH_MATCHES
            + valuesPath(path)
            + ") OR EXISTS ("
            + values(json, path)
            + " WHERE jsonb_typeof(v.x) NOT IN ('object', 'array')))";
      default:
        return payloadOrder(json, path, criterion);
    }
  }

  private String payloadOrder(String json, PayloadPath path, Criterion criterion) {
    List<String> kinds = new ArrayList<>();
    BigDecimal lower = TextValues.parseNumber((String) criterion.value());
    BigDecimal upper =
        criterion.upperValue() == null
            ? null
            : TextValues.parseNumber((String) criterion.upperValue());
    if (lower != null && (criterion.operator() != FilterOperator.BETWEEN || upper != null)) {
      String number = "CASE WHEN jsonb_typeof(v.x) = 'number' THEN (v.x #>> '{}')::numeric END";
      kinds.add(compare(number, criterion.operator(), lower, upper));
    }
    String text = "CASE WHEN jsonb_typeof(v.x) = 'string' THEN v.x #>> '{}' END COLLATE \"C\"";
    kinds.add(compare(text, criterion.operator(), criterion.value(), criterion.upperValue()));
    return "EXISTS (" + values(json, path) + " WHERE " + String.join(" OR ", kinds) + ")";
  }

  private String text(String column, Criterion criterion) {
    String value = (String) criterion.value();
    switch (criterion.operator()) {
      case EQUALS:
        return value.isEmpty()
            ? "(" + column + " IS NULL OR " + column + " = '')"
            : column + " = " + parameters.bind(value);
      case CONTAINS:
        return contains("coalesce(" + column + ", '')", parameters.bind(value));
      default:
        return compare(
            column + " COLLATE \"C\"",
            criterion.operator(),
            criterion.value(),
            criterion.upperValue());
    }
  }

  private String textSet(String column, Criterion criterion) {
    String value = (String) criterion.value();
    if (criterion.operator() == FilterOperator.EQUALS) {
      return value.isEmpty()
          ? "cardinality(" + column + ") = 0"
          : parameters.bind(value) + " = ANY(" + column + ")";
    }
    if (value.isEmpty()) {
      return "TRUE";
    }
    return "EXISTS (SELECT 1 FROM unnest("
        + column
        + ") AS s(element) WHERE "
        + contains("s.element", parameters.bind(value))
        + ")";
  }

  private String ordered(String column, Criterion criterion) {
    if (criterion.operator() == FilterOperator.EQUALS && criterion.value() == null) {
      return column + " IS NULL";
    }
    return compare(column, criterion.operator(), criterion.value(), criterion.upperValue());
  }

  /** Equality or order; SQL's NULL makes an absent value match none of them. */
  private String compare(String expression, FilterOperator operator, Object value, Object upper) {
    switch (operator) {
      case EQUALS:
        return expression + " = " + parameters.bind(value);
      case LESS_THAN:
        return expression + " < " + parameters.bind(value);
      case GREATER_THAN:
        return expression + " > " + parameters.bind(value);
      default:
        // BETWEEN, both bounds included
        return "("
            + expression
            + " >= "
            + parameters.bind(value)
            + " AND "
            + expression
            + " <= "
            + parameters.bind(upper)
            + ")";
    }
  }

  private static String contains(String text, String part) {
    return "strpos(lower(" + text + "), lower(" + part + ")) > 0";
  }

  private String valuesPath(PayloadPath path) {
    return parameters.bindJsonPath(JsonPaths.values(path));
  }

  private String values(String json, PayloadPath path) {
    return "SELECT 1 FROM jsonb_path_query(" + json + ", " + valuesPath(path) + ") AS v(x)";
  }
}
