package io.flowpool.view.model;

import io.flowpool.view.api.InvalidQueryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses filters written {@code name<op>value}. The name ends at the first operator character, so
 * values may contain any character. Names: {@code task.<attribute>}, {@code data.<attribute>}, or a
 * payload path {@code a.b.c}. Filters with the same name are alternatives (OR), different names
 * must all match (AND). Anything malformed is refused with a message naming the filter.
 */
public final class FilterParser {

  private static final String OPERATOR_START = "=%<>[";
  private static final String TASK_PREFIX = "task.";
  private static final String DATA_PREFIX = "data.";

  private FilterParser() {}

  /**
   * @param withDataEntries the query returns tasks with data entries: {@code data.} filters apply
   *     to the correlated entries, payload filters to their payload as well
   */
  public static TaskFilter taskFilter(List<String> filters, boolean withDataEntries) {
    Target target = withDataEntries ? Target.TASKS_WITH_DATA_ENTRIES : Target.TASKS;
    return new TaskFilter(groups(filters, target), withDataEntries);
  }

  public static DataEntryFilter dataEntryFilter(List<String> filters) {
    return new DataEntryFilter(groups(filters, Target.DATA_ENTRIES));
  }

  private static List<CriteriaGroup> groups(List<String> filters, Target target) {
    Map<String, List<Criterion>> byName = new LinkedHashMap<>();
    for (String filter : filters == null ? List.<String>of() : filters) {
      Criterion criterion = parse(filter, target);
      byName.computeIfAbsent(criterion.name(), name -> new ArrayList<>()).add(criterion);
    }
    List<CriteriaGroup> groups = new ArrayList<>();
    byName.forEach((name, alternatives) -> groups.add(new CriteriaGroup(name, alternatives)));
    return groups;
  }

  private static Criterion parse(String filter, Target target) {
    if (filter == null) {
      throw new InvalidQueryException("a filter must not be null");
    }
    int position = firstOperatorCharacter(filter);
    if (position < 0) {
      throw invalid(filter, "it has no operator; write name<op>value with op one of = % < > []");
    }
    String name = filter.substring(0, position);
    if (name.isEmpty()) {
      throw invalid(filter, "it has no name before the operator");
    }
    FilterOperator operator = operatorAt(filter, position);
    String value = filter.substring(position + operator.symbol().length());
    ViewField field = field(filter, name, target);
    AttributeType type = typeOf(field);
    if (type != null && !type.allows(operator)) {
      throw invalid(
          filter,
          name + " is " + type.description() + "; its operators are " + type.operatorSymbols());
    }
    if (operator == FilterOperator.BETWEEN) {
      int bar = value.indexOf('|');
      if (bar <= 0 || bar == value.length() - 1) {
        throw invalid(filter, "a between filter reads name[]from|to, both bounds given");
      }
      String from = value.substring(0, bar);
      String to = value.substring(bar + 1);
      return new Criterion(
          filter, name, field, operator, operand(filter, type, from), operand(filter, type, to));
    }
    Object operand =
        operator == FilterOperator.EQUALS && value.isEmpty() && type == AttributeType.INSTANT
            ? null
            : operand(filter, type, value);
    return new Criterion(filter, name, field, operator, operand, null);
  }

  private static int firstOperatorCharacter(String filter) {
    for (int i = 0; i < filter.length(); i++) {
      if (OPERATOR_START.indexOf(filter.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static FilterOperator operatorAt(String filter, int position) {
    switch (filter.charAt(position)) {
      case '=':
        return FilterOperator.EQUALS;
      case '%':
        return FilterOperator.CONTAINS;
      case '<':
        return FilterOperator.LESS_THAN;
      case '>':
        return FilterOperator.GREATER_THAN;
      default:
        if (filter.startsWith("[]", position)) {
          return FilterOperator.BETWEEN;
        }
        throw invalid(filter, "'[' must be followed by ']' (the between operator [])");
    }
  }

  private static ViewField field(String filter, String name, Target target) {
    if (name.startsWith(TASK_PREFIX)) {
      String attribute = name.substring(TASK_PREFIX.length());
      if (target == Target.DATA_ENTRIES) {
        throw invalid(filter, "task. filters do not apply to data entry queries");
      }
      return TaskAttribute.byName(attribute)
          .orElseThrow(
              () ->
                  invalid(
                      filter,
                      "unknown task attribute '"
                          + attribute
                          + "'; known: "
                          + TaskAttribute.names(false)));
    }
    if (name.startsWith(DATA_PREFIX)) {
      String attribute = name.substring(DATA_PREFIX.length());
      if (target == Target.TASKS) {
        throw invalid(filter, "data. filters apply only to the task queries with data entries");
      }
      return DataEntryAttribute.byName(attribute)
          .orElseThrow(
              () ->
                  invalid(
                      filter,
                      "unknown data entry attribute '"
                          + attribute
                          + "'; known: "
                          + DataEntryAttribute.names()));
    }
    try {
      return PayloadPath.parse(name);
    } catch (InvalidQueryException e) {
      throw invalid(filter, e.getMessage());
    }
  }

  /** The declared type of an attribute; null for a payload path, whose values have none. */
  private static AttributeType typeOf(ViewField field) {
    if (field instanceof TaskAttribute attribute) {
      return attribute.type();
    }
    if (field instanceof DataEntryAttribute attribute) {
      return attribute.type();
    }
    return null;
  }

  private static Object operand(String filter, AttributeType type, String text) {
    if (type == AttributeType.INSTANT) {
      Object instant = TextValues.parseInstant(text);
      if (instant == null) {
        throw invalid(filter, "'" + text + "' is not a date (2026-03-02 or 2026-03-02T09:15:00Z)");
      }
      return instant;
    }
    if (type == AttributeType.NUMBER) {
      Object number = TextValues.parseNumber(text);
      if (number == null) {
        throw invalid(filter, "'" + text + "' is not a number");
      }
      return number;
    }
    return text;
  }

  private static InvalidQueryException invalid(String filter, String reason) {
    return new InvalidQueryException("invalid filter '" + filter + "': " + reason);
  }

  /** Which query the filters belong to. */
  private enum Target {
    TASKS,
    TASKS_WITH_DATA_ENTRIES,
    DATA_ENTRIES
  }
}
