package io.flowpool.adapter.jpaview.entity;

import io.flowpool.view.model.TextValues;
import java.math.BigDecimal;

/**
 * What a payload equality's filter value matches, as {@code CriterionMatcher} reads it: a text
 * equal to it, a number numerically equal to the number it writes (if it writes one), the boolean
 * it names (if it names one). The SQL/JSON path of the filter and the access keys a reader looks up
 * are both written from these, so that the keys find every row the path matches.
 *
 * @param number null if the value does not read as a number
 * @param bool null unless the value is {@code true} or {@code false}
 */
public record EqualityForms(String text, BigDecimal number, Boolean bool) {

  public static EqualityForms of(String value) {
    Boolean bool = "true".equals(value) || "false".equals(value) ? Boolean.valueOf(value) : null;
    return new EqualityForms(value, TextValues.parseNumber(value), bool);
  }
}
