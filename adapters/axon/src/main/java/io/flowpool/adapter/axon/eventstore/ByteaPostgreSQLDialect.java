package io.flowpool.adapter.axon.eventstore;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL with {@code @Lob byte[]} stored as {@code bytea}. Hibernate 6 maps such columns (the
 * payloads, metadata and tokens of Axon's entities) to {@code oid}: large objects that PostgreSQL
 * never cleans up and that a plain {@code select} cannot read.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

  @Override
  protected String columnType(int sqlTypeCode) {
    return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
  }

  @Override
  protected String castType(int sqlTypeCode) {
    return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
  }

  @Override
  public void contributeTypes(TypeContributions contributions, ServiceRegistry serviceRegistry) {
    super.contributeTypes(contributions, serviceRegistry);
    contributions
        .getTypeConfiguration()
        .getJdbcTypeRegistry()
        .addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
  }
}
