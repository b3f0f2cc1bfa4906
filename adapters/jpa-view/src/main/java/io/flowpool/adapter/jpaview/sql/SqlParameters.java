package io.flowpool.adapter.jpaview.sql;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The bind parameters of one statement. Every value a query carries goes through here and reaches
 * PostgreSQL as a parameter; the SQL text holds only fixed fragments and placeholders.
 */
public final class SqlParameters {

  private final MapSqlParameterSource source = new MapSqlParameterSource();
  private int count;

  /** A text, number or boolean; returns its placeholder. */
  public String bind(Object value) {
    String name = "p" + ++count;
    source.addValue(name, value instanceof Instant instant ? utc(instant) : value);
    return ":" + name;
  }

  /**
   * A {@code text[]}. A Java array reaches the driver as it is, which sends it in PostgreSQL's
   * binary form; a {@code java.sql.Array} would first be written out and escaped as array text,
   * which for a reader in 200 groups cost more than any other step of building the query.
   */
  public String bindTextArray(Collection<String> values) {
    return "CAST(" + bind(values.toArray(String[]::new)) + " AS text[])";
  }

  /** A {@code bigint[]}, sent in binary like {@link #bindTextArray}. */
  public String bindBigintArray(Collection<Long> values) {
    return "CAST(" + bind(values.stream().mapToLong(Long::longValue).toArray()) + " AS bigint[])";
  }

  /** A {@code jsonpath} written by {@link JsonPaths}. */
  public String bindJsonPath(String jsonPath) {
    return "CAST(" + bindUntyped(jsonPath) + " AS jsonpath)";
  }

  /** A {@code jsonb} document. */
  public String bindJson(String json) {
    return "CAST(" + bindUntyped(json) + " AS jsonb)";
  }

  /**
   * A text sent without a type, so that PostgreSQL gives the parameter the type of the cast around
   * it and parses the value once per execution. Sent as text, the parameter would be cast, and in a
   * generic plan that cast (a jsonpath or jsonb parse) runs again for every row a condition tests:
   * for a reader in 200 groups it was a tenth of PostgreSQL's time on the query.
   */
  private String bindUntyped(String value) {
    String name = "p" + ++count;
    source.addValue(name, value, Types.OTHER);
    return ":" + name;
  }

  public MapSqlParameterSource source() {
    return source;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
