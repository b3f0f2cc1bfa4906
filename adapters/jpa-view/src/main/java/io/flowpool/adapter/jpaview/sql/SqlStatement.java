package io.flowpool.adapter.jpaview.sql;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** A statement with named placeholders and the values bound to them. */
public record SqlStatement(String sql, SqlParameterSource parameters) {}
