package io.flowpool.adapter.jpaview.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.support.SqlArrayValue;

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

  /** A {@code text[]}. */
  public String bindTextArray(Collection<String> values) {
    return "CAST(" + bind(new SqlArrayValue("text", values.toArray())) + " AS text[])";
  }

  /** A {@code bigint[]}. */
  public String bindBigintArray(Collection<Long> values) {
    return "CAST(" + bind(new SqlArrayValue("bigint", values.toArray())) + " AS bigint[])";
  }

  /** A {@code jsonpath} written by {@link JsonPaths}. */
  public String bindJsonPath(String jsonPath) {
    return "CAST(" + bind(jsonPath) + " AS jsonpath)";
  }

  /** A {@code jsonb} document. */
  public String bindJson(String json) {
    return "CAST(" + bind(json) + " AS jsonb)";
  }

  public MapSqlParameterSource source() {
    return source;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
