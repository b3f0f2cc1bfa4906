package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.json.JsonCodec;
import io.flowpool.adapter.jpaview.sql.SqlStatement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the stores share: Hibernate for writing rows (and reading one by key), JDBC for queries,
 * both on the one transaction manager, so a query inside the projection's transaction sees its
 * unflushed writes (they are flushed first).
 */
final class ViewDatabase {

  private final EntityManagerFactory entityManagerFactory;
  private final EntityManager entityManager;
  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final TransactionTemplate ownTransactions;
  private final JsonCodec json = new JsonCodec();

  ViewDatabase(
      EntityManagerFactory entityManagerFactory,
      DataSource dataSource,
      PlatformTransactionManager transactionManager) {
    this.entityManagerFactory = entityManagerFactory;
    this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(transactionManager);
    this.ownTransactions = new TransactionTemplate(transactionManager);
    this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

  /**
   * Runs the work in a transaction of its own, committed when this returns, even if the caller has
   * one (e.g. an Axon processor's batch): a projection that fails then rolls back alone instead of
   * dooming the caller's batch, and whoever is told of its changes afterwards is told of committed
   * ones. The sequence guard makes a re-delivered event harmless, so nothing needs the caller's
   * token and the rows to commit together.
   */
  <T> T inOwnTransaction(Supplier<T> work) {
    return ownTransactions.execute(status -> work.get());
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

  /**
   * A statement on rows that Hibernate's pending writes cannot touch, on the transaction's
   * connection. A native Hibernate query would first flush the whole session, which in a batch of
   * projected events means dirty-checking every row the batch has loaded, once per statement.
   */
  int updateUnflushed(String sql, Map<String, ?> parameters) {
    return jdbc.update(sql, parameters);
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
