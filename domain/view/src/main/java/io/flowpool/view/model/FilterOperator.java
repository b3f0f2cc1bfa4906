package io.flowpool.view.model;

/** The comparisons a filter can make, with the symbol it is written with. */
public enum FilterOperator {
  /** Equal; with an empty value: absent (null) or empty. */
  EQUALS("="),
  /** Contains, ignoring case. */
  CONTAINS("%"),
  /** Strictly less (before, for dates); never matches an absent value. */
  LESS_THAN("<"),
  /** Strictly greater (after, for dates); never matches an absent value. */
  GREATER_THAN(">"),
  /** Between {@code from|to}, both included; never matches an absent value. */
  BETWEEN("[]");

  private final String symbol;

  FilterOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
