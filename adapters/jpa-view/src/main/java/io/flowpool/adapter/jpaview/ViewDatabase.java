package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.json.JsonCodec;
import io.flowpool.adapter.jpaview.sql.SqlStatement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the stores share: Hibernate for writing rows (and reading one by key), JDBC for queries,
 * both on the one transaction manager, so a query inside the projection's transaction sees its
 * unflushed writes (they are flushed first) and the tracking token and the rows commit together.
 */
final class ViewDatabase {

  private final EntityManagerFactory entityManagerFactory;
  private final EntityManager entityManager;
  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final JsonCodec json = new JsonCodec();

  ViewDatabase(
      EntityManagerFactory entityManagerFactory,
      DataSource dataSource,
      PlatformTransactionManager transactionManager) {
    this.entityManagerFactory = entityManagerFactory;
    this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(transactionManager);
  }

  EntityManager entities() {
    return entityManager;
  }

  JsonCodec json() {
    return json;
  }

  /** Runs the work in the caller's transaction, or in one of its own. */
  <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  void write(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  <T> List<T> query(SqlStatement statement, RowMapper<T> rows) {
    flushPendingWrites();
    return jdbc.query(statement.sql(), statement.parameters(), rows);
  }

  /** Before JDBC reads, Hibernate's pending writes of this transaction reach the database. */
  void flushPendingWrites() {
    if (TransactionSynchronizationManager.getResource(entityManagerFactory)
            instanceof EntityManagerHolder holder
        && holder.getEntityManager().isJoinedToTransaction()) {
      holder.getEntityManager().flush();
    }
  }
}
