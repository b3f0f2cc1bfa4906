package io.flowpool.view.model;

import io.flowpool.common.api.Values;

/**
 * One parsed filter.
 *
 * @param filter the filter as written, for messages
 * @param name the name as written, prefix included: filters with the same name are alternatives
 * @param value the operand: a String for text attributes and payload paths, an Instant for dates
 *     (null for {@code =} with an empty value: "absent"), a BigDecimal for numbers
 * @param upperValue the upper bound of {@link FilterOperator#BETWEEN}, typed like {@code value};
 *     null otherwise
 */
public record Criterion(
    String filter,
    String name,
    ViewField field,
    FilterOperator operator,
    Object value,
    Object upperValue) {

  public Criterion {
    Values.require(filter, "filter");
    Values.require(name, "name");
    Values.require(field, "field");
    Values.require(operator, "operator");
  }
}
