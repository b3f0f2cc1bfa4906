package io.flowpool.view.model;

import java.util.EnumSet;
import java.util.Set;

/** What kind of value an attribute holds: decides which operators apply and how values parse. */
public enum AttributeType {
  TEXT("a text", EnumSet.allOf(FilterOperator.class), true),
  TEXT_SET("a set of texts", EnumSet.of(FilterOperator.EQUALS, FilterOperator.CONTAINS), false),
  INSTANT(
      "a date",
      EnumSet.of(
          FilterOperator.EQUALS,
          FilterOperator.LESS_THAN,
          FilterOperator.GREATER_THAN,
          FilterOperator.BETWEEN),
      true),
  NUMBER(
      "a number",
      EnumSet.of(
          FilterOperator.EQUALS,
          FilterOperator.LESS_THAN,
          FilterOperator.GREATER_THAN,
          FilterOperator.BETWEEN),
      true),
  /** Name, description and process name of a task, searched together. */
  TEXT_SEARCH("a text search", EnumSet.of(FilterOperator.CONTAINS), false);

  private final String description;
  private final Set<FilterOperator> operators;
  private final boolean sortable;

  AttributeType(String description, Set<FilterOperator> operators, boolean sortable) {
    this.description = description;
    this.operators = operators;
    this.sortable = sortable;
  }

  public boolean allows(FilterOperator operator) {
    return operators.contains(operator);
  }

  public boolean sortable() {
    return sortable;
  }

  public String description() {
    return description;
  }

  /** The operator symbols this type allows, for error messages. */
  public String operatorSymbols() {
    return String.join(" ", operators.stream().map(FilterOperator::symbol).toList());
  }
}
