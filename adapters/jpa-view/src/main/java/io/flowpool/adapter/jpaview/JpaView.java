package io.flowpool.adapter.jpaview;

import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import io.flowpool.view.port.out.ProjectionProgressStore;
import io.flowpool.view.port.out.TaskViewStore;
import io.flowpool.view.port.out.ViewTransactions;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The complete view on PostgreSQL: every store port of the view over one persistence unit, one
 * DataSource and one transaction manager. The tables come from Flyway ({@value
 * ViewFlywayLocation#LOCATION}); the persistence unit must include {@code
 * io.flowpool.adapter.jpaview.entity} (the auto-configuration registers it).
 */
public final class JpaView {

  private final JpaTaskViewStore tasks;
  private final JpaDataEntryViewStore dataEntries;
  private final JpaProcessDefinitionViewStore processDefinitions;
  private final JpaProcessInstanceViewStore processInstances;
  private final JpaProcessVariableViewStore processVariables;
  private final JpaProjectionProgressStore progress;
  private final JpaViewTransactions transactions;

  public JpaView(
      EntityManagerFactory entityManagerFactory,
      DataSource dataSource,
      PlatformTransactionManager transactionManager) {
    ViewDatabase database = new ViewDatabase(entityManagerFactory, dataSource, transactionManager);
    tasks = new JpaTaskViewStore(database);
    dataEntries = new JpaDataEntryViewStore(database);
    processDefinitions = new JpaProcessDefinitionViewStore(database);
    processInstances = new JpaProcessInstanceViewStore(database);
    processVariables = new JpaProcessVariableViewStore(database);
    progress = new JpaProjectionProgressStore(database);
    transactions = new JpaViewTransactions(database);
  }

  public TaskViewStore tasks() {
    return tasks;
  }

  public DataEntryViewStore dataEntries() {
    return dataEntries;
  }

  public ProcessDefinitionViewStore processDefinitions() {
    return processDefinitions;
  }

  public ProcessInstanceViewStore processInstances() {
    return processInstances;
  }

  public ProcessVariableViewStore processVariables() {
    return processVariables;
  }

  public ProjectionProgressStore progress() {
    return progress;
  }

  public ViewTransactions transactions() {
    return transactions;
  }
}
