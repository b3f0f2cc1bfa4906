package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.entity.TaskEntity;
import io.flowpool.view.port.out.DataEntryViewStore;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import io.flowpool.view.port.out.ProjectionProgressStore;
import io.flowpool.view.port.out.TaskViewStore;
import io.flowpool.view.port.out.ViewTransactions;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Registers the PostgreSQL view's stores on the application's DataSource, persistence unit and one
 * transaction manager. The entity package is added to the auto-configuration packages, next to
 * those of the application and of Axon, rather than replacing them (as {@code @EntityScan} would).
 * Each store backs off if the application defines its own.
 */
@AutoConfiguration(after = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(EntityManagerFactory.class)
@ConditionalOnBean(EntityManagerFactory.class)
@AutoConfigurationPackage(basePackageClasses = TaskEntity.class)
public class JpaViewAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  JpaView flowpoolJpaView(
      EntityManagerFactory entityManagerFactory,
      DataSource dataSource,
      PlatformTransactionManager transactionManager) {
    return new JpaView(entityManagerFactory, dataSource, transactionManager);
  }

  @Bean
  @ConditionalOnMissingBean(TaskViewStore.class)
  TaskViewStore taskViewStore(JpaView view) {
    return view.tasks();
  }

  @Bean
  @ConditionalOnMissingBean(DataEntryViewStore.class)
  DataEntryViewStore dataEntryViewStore(JpaView view) {
    return view.dataEntries();
  }

  @Bean
  @ConditionalOnMissingBean(ProcessDefinitionViewStore.class)
  ProcessDefinitionViewStore processDefinitionViewStore(JpaView view) {
    return view.processDefinitions();
  }

  @Bean
  @ConditionalOnMissingBean(ProcessInstanceViewStore.class)
  ProcessInstanceViewStore processInstanceViewStore(JpaView view) {
    return view.processInstances();
  }

  @Bean
  @ConditionalOnMissingBean(ProcessVariableViewStore.class)
  ProcessVariableViewStore processVariableViewStore(JpaView view) {
    return view.processVariables();
  }

  @Bean
  @ConditionalOnMissingBean(ProjectionProgressStore.class)
  ProjectionProgressStore projectionProgressStore(JpaView view) {
    return view.progress();
  }

  @Bean
  @ConditionalOnMissingBean(ViewTransactions.class)
  ViewTransactions viewTransactions(JpaView view) {
    return view.transactions();
  }

  /** Only where the application migrates with Flyway. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Flyway.class)
  static class FlywayLocationConfiguration {

    @Bean
    ViewFlywayLocation viewFlywayLocation() {
      return new ViewFlywayLocation();
    }
  }
}
